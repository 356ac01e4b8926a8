package io.caseledger.projections.caseload;

import io.caseledger.projections.Projection;
import io.caseledger.domain.assignment.CaseTransferred;
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
