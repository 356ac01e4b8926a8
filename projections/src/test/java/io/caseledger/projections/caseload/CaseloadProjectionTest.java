package io.caseledger.projections.caseload;

import com.mongodb.client.MongoCollection;
import io.caseledger.projections.InMemoryMongo;
import io.caseledger.projections.InOneBatch;
import io.caseledger.domain.assignment.CaseTransferred;
import io.caseledger.domain.closure.CaseClosed;
import io.caseledger.domain.closure.CaseReopened;
import io.caseledger.domain.closure.ClosureReason;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;
import io.caseledger.domain.erasure.ErasureBasis;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.shared.PersonalData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds events to the projection and reads the documents back through the real MongoDB driver. */
class CaseloadProjectionTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private CaseloadProjection projection;
    private MongoCollection<Document> rows;

    @BeforeEach
    void start() {
        var database = mongo.database();
        projection = new CaseloadProjection(rows(database));
        rows = database.getCollection(CaseloadRow.COLLECTION);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static ClientEnrolled enrolled(String caseId, String caseManager) {
        return new ClientEnrolled(caseId, new PersonalDetails("Ada", "Lovelace", LocalDate.of(1980, 12, 10)),
                caseManager, "es", true, InsuranceStatus.UNINSURED, LocalDate.of(2026, 1, 5));
    }

    @Test
    void enrolment_opens_a_row_in_the_case_managers_caseload() {
        projection.on(enrolled("case-1", "alice"), 0);

        Document row = rows.find(new Document("_id", "case-1")).first();
        assertThat(row).isNotNull();
        assertThat(row.getString(CaseloadRow.CASE_MANAGER)).isEqualTo("alice");
        assertThat(row.getString(CaseloadRow.CLIENT_NAME)).isEqualTo("Lovelace, Ada");
        assertThat(row.getString(CaseloadRow.ENROLLED_ON)).isEqualTo("2026-01-05");
        assertThat(row.getString(CaseloadRow.INSURANCE)).isEqualTo("UNINSURED");
        assertThat(row.getBoolean(CaseloadRow.INTERPRETER)).isTrue();
    }

    @Test
    void erasure_leaves_the_name_and_language_erased_as_a_rebuild_would_read_them() {
        projection.on(enrolled("case-1", "alice"), 0);
        projection.on(new PersonalDataErased("case-1", ErasureBasis.RETENTION_PERIOD_ENDED, "RR-1", LocalDate.of(2034, 1, 1)), 1);

        Document row = rows.find(new Document("_id", "case-1")).first();
        assertThat(row.getString(CaseloadRow.CLIENT_NAME)).isEqualTo(PersonalData.ERASED);
        assertThat(row.getString(CaseloadRow.LANGUAGE)).isEqualTo(PersonalData.ERASED);
        assertThat(row.getBoolean(CaseloadRow.INTERPRETER)).as("facts stay").isTrue();
    }

    @Test
    void redelivering_an_event_leaves_exactly_one_row() {
        projection.on(enrolled("case-1", "alice"), 0);
        projection.on(enrolled("case-1", "alice"), 0);

        assertThat(rows.countDocuments()).isEqualTo(1);
    }

    @Test
    void reset_clears_the_view_for_a_rebuild() {
        projection.on(enrolled("case-1", "alice"), 0);
        projection.on(enrolled("case-2", "bob"), 0);

        projection.reset();

        assertThat(rows.find().into(new ArrayList<>())).isEmpty();
    }

    @Test
    void each_case_manager_s_caseloads_document_lists_exactly_their_open_cases_through_transfer_close_and_reopen() {
        InOneBatch.run(() -> {
            projection.on(enrolled("case-1", "alice"), 0);
            projection.on(enrolled("case-2", "alice"), 0);
            projection.on(new CaseTransferred("case-2", "alice", "bob", "coverage"), 1);
        });
        assertThat(openCases("alice")).containsExactly("case-1");
        assertThat(openCases("bob")).containsExactly("case-2");

        projection.on(new CaseClosed("case-1", ClosureReason.GOALS_MET, "done", LocalDate.of(2026, 3, 1)), 1);
        assertThat(openCases("alice")).isEmpty();

        projection.on(new CaseReopened("case-1", "returned"), 2);
        projection.on(new CaseReopened("case-1", "returned"), 2);
        assertThat(openCases("alice")).as("a re-delivered reopening adds nothing").containsExactly("case-1");
    }

    private java.util.List<String> openCases(String caseManagerId) {
        Document owner = mongo.database().getCollection(CaseloadRow.OWNERS).find(new Document("_id", caseManagerId)).first();
        return owner == null ? java.util.List.of() : owner.getList(CaseloadRow.OPEN_CASES, String.class);
    }

    /** A real emitter with no subscribers: projections emit, nobody listens. */
    private static CaseloadRows rows(com.mongodb.client.MongoDatabase database) {
        return new CaseloadRows(database, new CaseloadUpdates(org.axonframework.queryhandling.SimpleQueryUpdateEmitter.builder().build(),
                io.caseledger.domain.scope.TeamRoster.of(java.util.Map.of())));
    }
}
