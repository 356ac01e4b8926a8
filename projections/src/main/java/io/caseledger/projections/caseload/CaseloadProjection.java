package io.caseledger.projections.caseload;

import io.caseledger.projections.storage.VersionGuard;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.shared.PersonalData;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.caseledger.domain.assignment.CaseTransferred;
import io.caseledger.domain.closure.CaseClosed;
import io.caseledger.domain.closure.CaseReopened;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.intake.EligibilityDetermined;
import io.caseledger.domain.intake.ProgrammeReferralReceived;
import io.caseledger.domain.shared.CaseStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import static io.caseledger.projections.caseload.CaseloadRow.*;

/**
 * Builds the caseload view from case events. Every write is guarded by the event's sequence number
 * ({@code version}), so a re-delivered or replayed event changes nothing.
 */
@Component
@ProcessingGroup(CaseloadProjection.PROCESSING_GROUP)
public class CaseloadProjection {

    public static final String PROCESSING_GROUP = "caseload";

    private final MongoCollection<Document> rows;
    private final CaseloadUpdates updates;

    public CaseloadProjection(MongoDatabase database, CaseloadUpdates updates) {
        this.rows = database.getCollection(COLLECTION);
        this.updates = updates;
        rows.createIndex(Indexes.ascending(CASE_MANAGER, CLIENT_NAME));
    }

    @EventHandler
    void on(ProgrammeReferralReceived event, @SequenceNumber long sequence) {
        open(event.caseId());
        update(event.caseId(), sequence, Updates.combine(
                Updates.set(CLIENT_NAME, event.client().displayName()),
                Updates.set(INTAKE_TEAM, event.intakeTeam()),
                Updates.set(STATUS, CaseStatus.REFERRED.name())));
    }

    @EventHandler
    void on(EligibilityDetermined event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence,
                Updates.set(STATUS, (event.eligible() ? CaseStatus.ELIGIBLE : CaseStatus.INELIGIBLE).name()));
    }

    /** Enrolment of a walk-in opens the row; enrolment after a referral completes it. */
    @EventHandler
    public void on(ClientEnrolled event, @SequenceNumber long sequence) {
        open(event.caseId());
        update(event.caseId(), sequence, Updates.combine(
                Updates.set(CASE_MANAGER, event.caseManagerId()),
                Updates.set(STATUS, CaseStatus.ENROLLED.name()),
                Updates.set(CLIENT_NAME, event.client().displayName()),
                Updates.set(ENROLLED_ON, event.enrolledOn().toString()),
                Updates.set(LANGUAGE, event.preferredLanguage()),
                Updates.set(INTERPRETER, event.interpreterNeeded()),
                Updates.set(INSURANCE, event.insuranceStatus().name())));
    }

    @EventHandler
    void on(CaseTransferred event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.set(CASE_MANAGER, event.toCaseManagerId()));
        updates.changed(event.caseId(), event.fromCaseManagerId());
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.set(STATUS, CaseStatus.CLOSED.name()));
    }

    @EventHandler
    void on(CaseReopened event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.set(STATUS, CaseStatus.ENROLLED.name()));
    }

    /** The name and language were personal data: they read as erased now, as they will in any rebuild from the events. */
    @EventHandler
    void on(PersonalDataErased event, @SequenceNumber long sequence) {
        update(event.caseId(), sequence, Updates.combine(Updates.set(CLIENT_NAME, PersonalData.ERASED),
                Updates.set(LANGUAGE, PersonalData.ERASED)));
    }

    @ResetHandler
    void reset() {
        rows.deleteMany(new Document());
    }

    /** Creates the row if this is the case's first event seen; a no-op otherwise, so re-delivery is harmless. */
    private void open(String caseId) {
        CaseloadRow.ensure(rows, caseId);
    }

    private void update(String caseId, long sequence, Bson changes) {
        VersionGuard.apply(rows, caseId, VERSION, sequence, changes);
        updates.changed(caseId);
    }
}
