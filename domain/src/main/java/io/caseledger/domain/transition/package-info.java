/** Transitions of care: admissions, ED visits and discharges, with the follow-up a discharge requires. */
package io.caseledger.domain.transition;
