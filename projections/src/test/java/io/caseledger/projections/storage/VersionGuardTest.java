package io.caseledger.projections.storage;

import com.mongodb.client.MongoCollection;
import io.caseledger.projections.InMemoryMongo;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An event's change lands once, in order, and never on a document that is not there. */
class VersionGuardTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private MongoCollection<Document> rows;

    @BeforeEach
    void start() {
        rows = mongo.database().getCollection("rows");
        rows.insertOne(new Document("_id", "c1").append("version", 3L).append("status", "OPEN"));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_newer_event_applies_and_records_its_sequence() {
        assertThat(VersionGuard.apply(rows, "c1", "version", 4, Updates.set("status", "CLOSED"))).isTrue();
        assertThat(rows.find(new Document("_id", "c1")).first())
                .containsEntry("status", "CLOSED").containsEntry("version", 4L);
    }

    @Test
    void a_redelivered_or_older_event_changes_nothing() {
        assertThat(VersionGuard.apply(rows, "c1", "version", 3, Updates.set("status", "CLOSED"))).isFalse();
        assertThat(VersionGuard.apply(rows, "c1", "version", 1, Updates.set("status", "CLOSED"))).isFalse();
        assertThat(rows.find(new Document("_id", "c1")).first())
                .containsEntry("status", "OPEN").containsEntry("version", 3L);
    }

    @Test
    void a_missing_document_or_one_without_a_version_is_left_alone_as_a_conditional_update_would() {
        rows.insertOne(new Document("_id", "c2").append("status", "OPEN"));
        assertThat(VersionGuard.apply(rows, "c2", "version", 9, Updates.set("status", "CLOSED"))).isFalse();
        assertThat(VersionGuard.apply(rows, "nobody", "version", 9, Updates.set("status", "CLOSED"))).isFalse();
        assertThat(rows.countDocuments()).isEqualTo(2);
        assertThat(rows.find(new Document("_id", "c2")).first()).containsEntry("status", "OPEN").doesNotContainKey("version");
    }

    @Test
    void a_condition_on_the_document_must_hold_too() {
        assertThat(VersionGuard.apply(rows, "c1", "version", 5, row -> "CLOSED".equals(row.getString("status")),
                Updates.set("status", "ARCHIVED"))).isFalse();
        assertThat(VersionGuard.apply(rows, "c1", "version", 5, row -> "OPEN".equals(row.getString("status")),
                Updates.set("status", "ARCHIVED"))).isTrue();
        assertThat(rows.find(new Document("_id", "c1")).first()).containsEntry("status", "ARCHIVED").containsEntry("version", 5L);
    }
}
