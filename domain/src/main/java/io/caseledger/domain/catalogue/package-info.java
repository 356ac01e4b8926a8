/** The one place every event type is registered, for documentation, audits and the feed. */
package io.caseledger.domain.catalogue;
