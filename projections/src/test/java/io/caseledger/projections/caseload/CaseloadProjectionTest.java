package io.caseledger.projections.caseload;

import com.mongodb.client.MongoCollection;
import io.caseledger.projections.InMemoryMongo;
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
        projection = new CaseloadProjection(database, updates(database));
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

    /** A real emitter with no subscribers: projections emit, nobody listens. */
    private static CaseloadUpdates updates(com.mongodb.client.MongoDatabase database) {
        return new CaseloadUpdates(org.axonframework.queryhandling.SimpleQueryUpdateEmitter.builder().build(), database,
                io.caseledger.domain.scope.TeamRoster.of(java.util.Map.of()));
    }
}
