package io.caseledger.projections.caseload;

import io.caseledger.projections.Projection;
import io.caseledger.domain.access.CaseRecordAccessed;
import io.caseledger.domain.appointment.AppointmentReminderSent;
import io.caseledger.domain.assessment.*;
import io.caseledger.domain.assignment.CareTeamMemberAdded;
import io.caseledger.domain.assignment.CareTeamMemberRemoved;
import io.caseledger.domain.assignment.CaseTransferred;
import io.caseledger.domain.careplan.*;
import io.caseledger.domain.consent.DisclosureRefused;
import io.caseledger.domain.consent.RightsAndResponsibilitiesProvided;
import io.caseledger.domain.contact.CaseNoteWritten;
import io.caseledger.domain.correction.EntryCorrected;
import io.caseledger.domain.correction.EntryMarkedEnteredInError;
import io.caseledger.domain.intake.InsuranceApplicationAssisted;
import io.caseledger.domain.referral.*;
import io.caseledger.domain.resource.CommunityResourceDeactivated;
import io.caseledger.domain.resource.CommunityResourceRegistered;
import io.caseledger.domain.resource.CommunityResourceUpdated;
import io.caseledger.domain.transition.AdmissionNotified;
import io.caseledger.domain.transition.DischargeNotified;
import io.caseledger.domain.closure.CaseClosed;
import io.caseledger.domain.closure.CaseReopened;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.intake.EligibilityDetermined;
import io.caseledger.domain.intake.ProgrammeReferralReceived;
import io.caseledger.domain.shared.CaseStatus;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.Set;

import static io.caseledger.projections.caseload.CaseloadRow.*;

/**
 * The identity side of a caseload row: who the client is, whose caseload the case is in, its status.
 * {@link CaseWorkProjection} keeps the work side of the same row; both write through {@link CaseloadRows}.
 */
@Component
@Projection
@ProcessingGroup(CaseloadProjection.PROCESSING_GROUP)
public class CaseloadProjection {

    public static final String PROCESSING_GROUP = "caseload";

    /**
     * Catalogued events the caseload leaves out; the group's two handlers take every other one.
     * {@code ProjectionsCoverCatalogueTest} fails for an event that is neither, so a new case action
     * cannot silently miss the caseload.
     */
    public static final Set<Class<? extends Record>> NOT_ON_CASELOAD = Set.of(
            // Shown on the case's page only: no alert, sort key or column of the caseload depends on them.
            InsuranceApplicationAssisted.class, CareTeamMemberAdded.class, CareTeamMemberRemoved.class,
            RightsAndResponsibilitiesProvided.class, DisclosureRefused.class, CaseNoteWritten.class, AppointmentReminderSent.class,
            MeasurementBaselineSet.class, RemissionAchieved.class, RemissionEnded.class, CaseFlaggedForReview.class,
            RelapsePreventionPlanRecorded.class, CarePlanGoalSet.class, InterventionPlanned.class, GoalProgressReviewed.class,
            BarrierIdentified.class, FollowUpScheduleSet.class, SelfManagementPlanRecorded.class,
            // A referral is overdue until it ends (completed, declined, cancelled); the steps between are the tracker's.
            ReferralSent.class, ReferralAcknowledged.class, ReferralAccepted.class, ReferralAppointmentBooked.class,
            ReferralLoopClosed.class, PriorAuthorizationRequested.class, PriorAuthorizationApproved.class, PriorAuthorizationDenied.class,
            // What a stay makes due is the follow-up task the discharge command records with it.
            AdmissionNotified.class, DischargeNotified.class,
            // Not yet: the last contact stays as recorded (the contact log and the team's contact counts honour corrections).
            EntryCorrected.class, EntryMarkedEnteredInError.class,
            // Not in a case's stream: community resources have their own, and reads are audited outside the case.
            CommunityResourceRegistered.class, CommunityResourceUpdated.class, CommunityResourceDeactivated.class,
            CaseRecordAccessed.class);

    private final CaseloadRows rows;

    public CaseloadProjection(CaseloadRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ProgrammeReferralReceived event, @SequenceNumber long sequence) {
        rows.apply(event.caseId(), sequence, row -> row
                .append(CLIENT_NAME, event.client().displayName())
                .append(INTAKE_TEAM, event.intakeTeam())
                .append(STATUS, status(event)));
    }

    @EventHandler
    void on(EligibilityDetermined event, @SequenceNumber long sequence) {
        rows.apply(event.caseId(), sequence,
                row -> row.put(STATUS, status(event)));
    }

    /** Enrolment of a walk-in opens the row; enrolment after a referral completes it. */
    @EventHandler
    public void on(ClientEnrolled event, @SequenceNumber long sequence) {
        rows.apply(event.caseId(), sequence, row -> row
                .append(CASE_MANAGER, event.caseManagerId())
                .append(STATUS, status(event))
                .append(CLIENT_NAME, event.client().displayName())
                .append(ENROLLED_ON, event.enrolledOn().toString())
                .append(LANGUAGE, event.preferredLanguage())
                .append(INTERPRETER, event.interpreterNeeded())
                .append(INSURANCE, event.insuranceStatus().name()));
    }

    @EventHandler
    void on(CaseTransferred event, @SequenceNumber long sequence) {
        rows.apply(event.caseId(), sequence, row -> row.put(CASE_MANAGER, event.toCaseManagerId()));
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber long sequence) {
        rows.apply(event.caseId(), sequence, row -> row.put(STATUS, status(event)));
    }

    @EventHandler
    void on(CaseReopened event, @SequenceNumber long sequence) {
        rows.apply(event.caseId(), sequence, row -> row.put(STATUS, status(event)));
    }

    /** The name and language were personal data: they read as erased now, as they will in any rebuild from the events. */
    @EventHandler
    void on(PersonalDataErased event, @SequenceNumber long sequence) {
        rows.apply(event.caseId(), sequence, row -> row.append(CLIENT_NAME, PersonalData.ERASED).append(LANGUAGE, PersonalData.ERASED));
    }

    /** By the domain's one mapping of case events to statuses. */
    private static String status(Object event) {
        return CaseStatus.after(event).orElseThrow().name();
    }

    @ResetHandler
    void reset() {
        rows.reset();
    }
}
