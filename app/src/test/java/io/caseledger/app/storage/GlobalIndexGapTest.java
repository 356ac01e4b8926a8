package io.caseledger.app.storage;

import com.mongodb.client.MongoDatabase;
import io.caseledger.domain.enrolment.EnrolClient;
import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL hands out global indexes when rows are inserted, not when they commit, so a slow
 * transaction leaves a gap that a projection passes before the gap's event is visible. Axon's
 * gap-aware token must come back for it: no projection may skip an event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class GlobalIndexGapTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        registry.add("caseledger.mongodb.embedded.data-dir", () -> dataDir.toString());
        registry.add("caseledger.mongodb.embedded.port", () -> 0);
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MongoDatabase readModels;

    private static EnrolClient enrolment(String caseId) {
        return new EnrolClient(caseId, new PersonalDetails("Ines", "Moreau", LocalDate.of(1990, 1, 2)),
                "alice", "fr", false, InsuranceStatus.INSURED, LocalDate.of(2026, 1, 5));
    }

    private boolean shown(String caseId) {
        return readModels.getCollection("caseload").find(new Document("_id", caseId)).first() != null;
    }

    @Test
    void an_event_committed_after_a_later_one_still_reaches_the_projections() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The slow writer: its command's events are inserted inside an outer transaction held open.
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            commands.sendAndWait(enrolment("gap-slow"));
            inserted.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        IntStream.range(0, 20).parallel().forEach(i -> commands.sendAndWait(enrolment("gap-fast-" + i)));

        await().atMost(Duration.ofSeconds(20)).until(() -> shown("gap-fast-19") && shown("gap-fast-0"));
        assertThat(shown("gap-slow")).as("not committed yet, so not visible").isFalse();

        release.countDown();
        slow.get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> shown("gap-slow"));
        for (int i = 0; i < 20; i++) {
            assertThat(shown("gap-fast-" + i)).isTrue();
        }
    }
}
