/**
 * The NCQA complex case management file review, computed from a case's events: each documentation
 * element met, not met or not applicable, with the events that prove it.
 */
package io.caseledger.domain.ncqa;
