/** Enrolling a client into the case-management programme: the first event of a case. */
package io.caseledger.domain.enrolment;
