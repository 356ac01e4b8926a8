/**
 * Read models. Each projection is a tracking event handler that only listens: it turns events into
 * MongoDB documents, idempotently, and can be cleared and rebuilt from the event store.
 */
package io.caseledger.projections;
