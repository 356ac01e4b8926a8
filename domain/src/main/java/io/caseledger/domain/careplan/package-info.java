/** The care plan: prioritized goals with the client's and caregiver's preferences, interventions, barriers, schedules, reviews. */
package io.caseledger.domain.careplan;
