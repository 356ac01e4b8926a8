package io.caseledger.app.storage;

import io.caseledger.app.Api;
import io.caseledger.app.HttpTest;
import io.caseledger.app.StoredEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.sql.DataSource;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An erased client's snapshots are deleted with their key; the events stay, and their chain verifies. */
// Cases closed today may be erased (as in ErasureHttpTest, whose application this shares).
@HttpTest(properties = "caseledger.privacy.retention=P0D")
class ErasedSnapshotHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @Test
    void erasureDeletesTheCasesSnapshots() {
        Api api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("snap-erase-1", "Isolde", "Farthingale")).status()).isEqualTo(201);
        for (int i = 0; i < 120; i++) {
            assertThat(api.post("alice", "/api/cases/snap-erase-1/contacts",
                    "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\",\"occurredAt\":\"2026-01-10T10:00:00Z\"}").status()).isEqualTo(201);
        }
        StoredEvents record = new StoredEvents(dataSource);
        String snapshots = "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = 'snap-erase-1'";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(record.query(snapshots)).containsExactly("1"));

        long stored = record.count("snap-erase-1");
        assertThat(api.post("alice", "/api/cases/snap-erase-1/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(200);
        assertThat(api.post("ada", "/api/cases/snap-erase-1/erasure", "{\"basis\":\"RETENTION_PERIOD_ENDED\",\"reference\":\"RR-9\"}")
                .status()).isEqualTo(200);

        assertThat(record.query(snapshots)).containsExactly("0");
        assertThat(record.count("snap-erase-1")).as("the events stay, and the closure and erasure join them").isEqualTo(stored + 2);
        assertThat(api.get("ann", "/api/cases/snap-erase-1/verify").json().get("verified").asBoolean()).isTrue();
    }
}
