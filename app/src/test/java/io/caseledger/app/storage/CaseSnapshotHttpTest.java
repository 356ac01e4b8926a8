package io.caseledger.app.storage;

import io.caseledger.app.Api;
import io.caseledger.app.HttpTest;
import io.caseledger.app.StoredEvents;
import io.caseledger.command.casefile.CaseSnapshot;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A long-lived case loads from its snapshot and the events after it, decides as its whole history
 * would, keeps its personal fields sealed in the snapshot, and is read from its events when the
 * stored snapshot has another shape.
 */
@HttpTest
class CaseSnapshotHttpTest {

    private static final String RECIPIENT = "Orrinhollow Counselling";
    /** The default {@code caseledger.events.snapshot-every}. */
    private static final int EVERY = 100;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    EventStore eventStore;
    @Autowired
    @Qualifier("caseCache")
    Cache caseCache;

    @Test
    void aLongLivedCaseLoadsFromItsSnapshotAndTheEventsAfterIt() {
        Api api = new Api(port);
        String referralId = longLivedCase(api, "snap-http-1", 250);
        String snapshot = awaitSnapshot("snap-http-1");

        assertThat(snapshot).as("personal fields are sealed as in the events").contains("sealed:v1:").doesNotContain(RECIPIENT);
        caseCache.removeAll();
        List<? extends DomainEventMessage<?>> loaded = eventStore.readEvents("snap-http-1").asStream().toList();
        assertThat(loaded.get(0).getPayload()).isInstanceOf(CaseSnapshot.class);
        assertThat(loaded.get(0).getSequenceNumber()).isGreaterThanOrEqualTo(EVERY);
        assertThat(loaded).as("the snapshot and at most %d events after it", EVERY).hasSizeLessThanOrEqualTo(EVERY + 1);

        // Decided on the snapshot's state: the consent (with its sealed recipient, opened) covers the referral.
        assertThat(api.post("alice", "/api/cases/snap-http-1/referrals/" + referralId + "/sending", "{}").status()).isEqualTo(200);
        assertThat(api.post("alice", "/api/cases/snap-http-1/referrals/" + referralId + "/sending", "{}").json().get("code").asString())
                .isEqualTo("referral-step-not-allowed");
        // Readers of the record see the events, never the snapshot.
        assertThat(api.get("ann", "/api/cases/snap-http-1/verify").json().get("verified").asBoolean()).isTrue();
        long stored = new StoredEvents(dataSource).count("snap-http-1");
        assertThat(api.get("ann", "/api/cases/snap-http-1/history?limit=1000").json().get("events")).hasSize((int) stored);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("alice", "/api/cases/snap-http-1").json().get("lastSequence").asLong()).isEqualTo(stored - 1));
    }

    @Test
    void aSnapshotOfAnotherShapeIsPassedOverAndTheCaseLoadsFromItsEvents() {
        Api api = new Api(port);
        String referralId = longLivedCase(api, "snap-http-2", 120);
        awaitSnapshot("snap-http-2");
        new StoredEvents(dataSource).tamper("UPDATE snapshot_event_entry SET payload_revision = 'shape-0' WHERE aggregate_identifier = ?",
                "snap-http-2");
        caseCache.removeAll();

        List<? extends DomainEventMessage<?>> loaded = eventStore.readEvents("snap-http-2").asStream().toList();
        assertThat(loaded.get(0).getPayload()).isNotInstanceOf(CaseSnapshot.class);
        assertThat(loaded.get(0).getSequenceNumber()).isZero();
        assertThat(api.post("alice", "/api/cases/snap-http-2/referrals/" + referralId + "/sending", "{}").status()).isEqualTo(200);
    }

    /** A stored snapshot of the current shape that does not read, or would not restore, never stops its case. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"caseId\":", "{\"caseId\":\"snap-http-3\",\"status\":\"ENROLLED\"}"})
    void aSnapshotThatDoesNotReadIsPassedOverAndTheCaseLoadsFromItsEvents(String payload) {
        Api api = new Api(port);
        String caseId = "snap-http-3-" + Math.abs(payload.hashCode());
        String referralId = longLivedCase(api, caseId, 110);
        awaitSnapshot(caseId);
        new StoredEvents(dataSource).tamper("UPDATE snapshot_event_entry SET payload = ? WHERE aggregate_identifier = ?", payload, caseId);
        caseCache.removeAll();

        assertThat(eventStore.readEvents(caseId).asStream().findFirst().orElseThrow().getPayload()).isNotInstanceOf(CaseSnapshot.class);
        assertThat(api.post("alice", "/api/cases/" + caseId + "/referrals/" + referralId + "/sending", "{}").status()).isEqualTo(200);
    }

    /** The snapshot stands outside the chain: the auditor's check replays the events to it, and an edited one is caught and dropped. */
    @Test
    void anEditedSnapshotIsCaughtByTheAuditorsCheckAndDropped() {
        Api api = new Api(port);
        String referralId = longLivedCase(api, "snap-http-4", 110);
        awaitSnapshot("snap-http-4");
        assertThat(api.get("ann", "/api/cases/snap-http-4/verify").json().get("snapshot").get("matchesEvents").asBoolean()).isTrue();
        StoredEvents record = new StoredEvents(dataSource);
        record.tamper("UPDATE snapshot_event_entry SET payload = replace(payload, '\"status\":\"ENROLLED\"', '\"status\":\"CLOSED\"')"
                + " WHERE aggregate_identifier = ?", "snap-http-4");
        caseCache.removeAll();
        assertThat(api.post("alice", "/api/cases/snap-http-4/referrals/" + referralId + "/sending", "{}").json().get("code").asString())
                .as("the edited snapshot decides").isEqualTo("case-closed");

        JsonNode verified = api.get("ann", "/api/cases/snap-http-4/verify").json();

        assertThat(verified.get("verified").asBoolean()).as("the events themselves are intact").isTrue();
        assertThat(verified.get("snapshot").get("matchesEvents").asBoolean()).isFalse();
        assertThat(record.query("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = 'snap-http-4'")).containsExactly("0");
        caseCache.removeAll();
        assertThat(api.post("alice", "/api/cases/snap-http-4/referrals/" + referralId + "/sending", "{}").status()).isEqualTo(200);
    }

    /** Enrolled, a consent and a referral to one recipient, then {@code contacts} contacts. */
    private static String longLivedCase(Api api, String caseId, int contacts) {
        assertThat(api.post("alice", "/api/cases", Api.enrolment(caseId, "Tamsin", "Ravelhurst")).status()).isEqualTo(201);
        LocalDate today = LocalDate.now();
        assertThat(api.post("alice", "/api/cases/" + caseId + "/consents", """
                {"recipient":{"organisation":"%s"},"purposes":["REFERRAL","TREATMENT"],"scope":["BEHAVIOURAL_HEALTH"],
                 "effectiveOn":"%s","expiresOn":"%s","method":"WRITTEN"}""".formatted(RECIPIENT, today.minusDays(1), today.plusYears(1)))
                .status()).isEqualTo(201);
        String referralId = api.post("alice", "/api/cases/" + caseId + "/referrals", """
                {"type":"BEHAVIOURAL_HEALTH","recipient":{"organisation":"%s"},"reason":"counselling","dueBy":"%s"}"""
                .formatted(RECIPIENT, today.plusDays(14))).json().get("referralId").asString();
        for (int i = 0; i < contacts; i++) {
            assertThat(api.post("alice", "/api/cases/" + caseId + "/contacts",
                    "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\",\"occurredAt\":\"2026-01-10T10:00:00Z\"}").status()).isEqualTo(201);
        }
        return referralId;
    }

    /** The stored snapshot's payload, once the background snapshotter has written one of the current shape. */
    private String awaitSnapshot(String caseId) {
        StoredEvents record = new StoredEvents(dataSource);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(record.query(
                "SELECT payload_type || ' ' || payload_revision FROM snapshot_event_entry WHERE aggregate_identifier = ?", caseId))
                .containsExactly(CaseSnapshot.class.getName() + " " + SnapshotForms.shapeOf(CaseSnapshot.class)));
        return record.query("SELECT payload FROM snapshot_event_entry WHERE aggregate_identifier = ?", caseId).get(0);
    }
}
