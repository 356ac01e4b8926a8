package io.caseledger.domain.catalogue;

import io.caseledger.domain.access.CaseRecordAccessed;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.appointment.*;
import io.caseledger.domain.assessment.*;
import io.caseledger.domain.careplan.*;
import io.caseledger.domain.assignment.CareTeamMemberAdded;
import io.caseledger.domain.task.FollowUpTaskCompleted;
import io.caseledger.domain.task.FollowUpTaskCreated;
import io.caseledger.domain.transition.AdmissionNotified;
import io.caseledger.domain.transition.DischargeNotified;
import io.caseledger.domain.assignment.CareTeamMemberRemoved;
import io.caseledger.domain.assignment.CaseTransferred;
import io.caseledger.domain.closure.CaseClosed;
import io.caseledger.domain.consent.ConsentRevoked;
import io.caseledger.domain.contact.CaseNoteWritten;
import io.caseledger.domain.contact.ContactRecorded;
import io.caseledger.domain.correction.EntryCorrected;
import io.caseledger.domain.correction.EntryMarkedEnteredInError;
import io.caseledger.domain.consent.DisclosureRefused;
import io.caseledger.domain.consent.ConsentSigned;
import io.caseledger.domain.consent.RightsAndResponsibilitiesProvided;
import io.caseledger.domain.referral.*;
import io.caseledger.domain.resource.CommunityResourceDeactivated;
import io.caseledger.domain.resource.CommunityResourceRegistered;
import io.caseledger.domain.resource.CommunityResourceUpdated;
import io.caseledger.domain.closure.CaseReopened;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.intake.EligibilityDetermined;
import io.caseledger.domain.intake.InsuranceApplicationAssisted;
import io.caseledger.domain.intake.ProgrammeReferralReceived;

import java.util.List;

/**
 * Every event type CaseLedger records, with what it means. A test checks that each event class
 * in the domain is listed here, so the catalogue in README and the reporting feed cannot drift.
 */
public final class EventCatalogue {

    public record Entry(String feature, Class<? extends Record> type, String meaning) {
    }

    private static final List<Entry> ENTRIES = List.of(
            // intake and enrolment
            new Entry("intake", ProgrammeReferralReceived.class, "A client was referred into the programme; the case awaits an eligibility decision."),
            new Entry("intake", EligibilityDetermined.class, "The programme decided whether the referred client is eligible (starts the NCQA 30-day clock)."),
            new Entry("intake", ClientEnrolled.class, "A client was enrolled and the case opened under a case manager."),
            new Entry("intake", InsuranceApplicationAssisted.class, "The case manager helped the client with an insurance application."),
            // assignment
            new Entry("assignment", CaseTransferred.class, "The case moved from one case manager's caseload to another's."),
            new Entry("assignment", CareTeamMemberAdded.class, "A person joined the client's care team."),
            new Entry("assignment", CareTeamMemberRemoved.class, "A person left the client's care team."),
            // closure
            new Entry("closure", CaseClosed.class, "The case was closed (the client disenrolled) for a coded reason."),
            new Entry("closure", CaseReopened.class, "A closed case was reopened and the client is enrolled again."),
            // erasure
            new Entry("erasure", PersonalDataErased.class, "The client's personal data in a closed case was erased (its key destroyed) after the retention period; facts and the hash chain remain."),
            // consent / release of information
            new Entry("consent", ConsentSigned.class, "The client signed a release of information to a recipient, for purposes and scope, between two dates."),
            new Entry("consent", ConsentRevoked.class, "The client withdrew a consent; nothing may be disclosed under it any more."),
            new Entry("consent", DisclosureRefused.class, "An attempt to send the client's information was refused: no consent covered the recipient."),
            new Entry("consent", RightsAndResponsibilitiesProvided.class, "The client was given the statement of rights and responsibilities."),
            // referrals out
            new Entry("referral", ReferralCreated.class, "A referral out to a service was created (not yet sent)."),
            new Entry("referral", ReferralSent.class, "The referral was sent to the recipient under the named consent."),
            new Entry("referral", ReferralAcknowledged.class, "The recipient acknowledged receiving the referral."),
            new Entry("referral", ReferralAccepted.class, "The recipient accepted the referral."),
            new Entry("referral", ReferralDeclined.class, "The recipient declined the referral."),
            new Entry("referral", ReferralAppointmentBooked.class, "The recipient booked an appointment for the referred client."),
            new Entry("referral", ReferralCompleted.class, "The referred service was delivered and its outcome reported back."),
            new Entry("referral", ReferralLoopClosed.class, "The referral loop was closed: its outcome is known and documented."),
            new Entry("referral", ReferralCancelled.class, "The referral was cancelled before its outcome."),
            new Entry("referral", PriorAuthorizationRequested.class, "Prior authorization for the referral was requested from the payer."),
            new Entry("referral", PriorAuthorizationApproved.class, "The payer approved the referred service."),
            new Entry("referral", PriorAuthorizationDenied.class, "The payer denied the referred service."),
            // appointments and follow-up tasks
            new Entry("appointment", AppointmentScheduled.class, "An appointment was booked for the client."),
            new Entry("appointment", AppointmentReminderSent.class, "The client was reminded of an appointment."),
            new Entry("appointment", AppointmentRescheduled.class, "An appointment moved to a new time."),
            new Entry("appointment", AppointmentCancelled.class, "An appointment was cancelled."),
            new Entry("appointment", AppointmentKept.class, "The client attended the appointment."),
            new Entry("appointment", AppointmentMissed.class, "The client missed the appointment (a follow-up task follows)."),
            new Entry("task", FollowUpTaskCreated.class, "A follow-up task was created for the case manager (by hand or by a policy)."),
            new Entry("task", FollowUpTaskCompleted.class, "A follow-up task was done."),
            // transitions of care
            new Entry("transition", AdmissionNotified.class, "The client was admitted, or seen in the ED, at a facility."),
            new Entry("transition", DischargeNotified.class, "The client was discharged; a follow-up is due by the given date."),
            // contacts, notes and corrections
            new Entry("contact", ContactRecorded.class, "The case manager contacted, or tried to contact, the client."),
            new Entry("contact", CaseNoteWritten.class, "A note was written on the case."),
            new Entry("correction", EntryCorrected.class, "An earlier entry was corrected: the fields it should have had, and why."),
            new Entry("correction", EntryMarkedEnteredInError.class, "An earlier entry was marked as entered in error."),
            // assessments and measurement-based care
            new Entry("assessment", AssessmentScored.class, "A PHQ-9 or GAD-7 was administered: answers, total and severity band."),
            new Entry("assessment", SafetyConcernFlagged.class, "PHQ-9 item 9 was answered above 0: a safety concern needs action."),
            new Entry("assessment", SafetyConcernResolved.class, "The open safety concern was acted on."),
            new Entry("assessment", NeedsAssessmentDomainCompleted.class, "A domain of the initial needs assessment was completed."),
            new Entry("assessment", MeasurementBaselineSet.class, "The first score of an instrument set the baseline."),
            new Entry("assessment", TreatmentResponseAchieved.class, "A score fell at least 50 % below baseline (response)."),
            new Entry("assessment", RemissionAchieved.class, "A PHQ-9 score fell below 5 (remission)."),
            new Entry("assessment", RemissionEnded.class, "A PHQ-9 score rose back to 5 or more after remission."),
            new Entry("assessment", NotImprovingDetected.class, "A score 8-12 weeks after baseline was less than 50 % below it."),
            new Entry("assessment", CaseFlaggedForReview.class, "The case was flagged for caseload review (and possibly psychiatric consultation)."),
            new Entry("assessment", RelapsePreventionPlanRecorded.class, "A relapse-prevention plan was recorded for a client in remission."),
            // care plan
            new Entry("careplan", CarePlanGoalSet.class, "A care plan goal was set, prioritized, with the client's and caregiver's preferences."),
            new Entry("careplan", InterventionPlanned.class, "An intervention towards a goal was planned."),
            new Entry("careplan", GoalProgressReviewed.class, "Progress on a goal was reviewed (met, partially met, not met)."),
            new Entry("careplan", BarrierIdentified.class, "A barrier to the care plan was identified, with the plan to address it."),
            new Entry("careplan", FollowUpScheduleSet.class, "The follow-up and communication schedule was set."),
            new Entry("careplan", SelfManagementPlanRecorded.class, "The client's self-management plan was recorded."),
            // community resource directory (its own aggregate, one stream per resource)
            new Entry("resource", CommunityResourceRegistered.class, "A provider or service was added to the community resource directory."),
            new Entry("resource", CommunityResourceUpdated.class, "A resource's directory entry was updated (the full new details)."),
            new Entry("resource", CommunityResourceDeactivated.class, "A resource was taken out of use; no new referrals may name it."),
            // read audit (kept outside the case streams)
            new Entry("access", CaseRecordAccessed.class, "Someone read a case's personal data (summary, history or an export) for a stated purpose."));

    private EventCatalogue() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }
}
