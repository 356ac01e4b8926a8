/** Intake: a referral into the programme, the eligibility decision, help applying for insurance. */
package io.caseledger.domain.intake;
