/**
 * Read audit: who looked at which case record, when, and for what purpose. Access events are kept
 * outside the case's own stream, so reads never contend with the writes that change a case.
 */
package io.caseledger.domain.access;
