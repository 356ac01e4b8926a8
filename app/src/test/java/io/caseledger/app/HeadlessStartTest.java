package io.caseledger.app;

import io.caseledger.domain.enrolment.EnrolClient;
import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The application starts without a web server (batch jobs, benchmarks) and still decides and stores commands. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "spring.main.web-application-type=none")
class HeadlessStartTest {

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
    EventStore eventStore;

    @Test
    void commands_are_decided_and_stored_without_the_web_layer() {
        commands.sendAndWait(new EnrolClient("headless-1", new PersonalDetails("Ines", "Moreau", LocalDate.of(1990, 1, 2)),
                "alice", "fr", false, InsuranceStatus.INSURED, LocalDate.of(2026, 1, 5)));
        assertThat(eventStore.readEvents("headless-1").asStream().map(e -> e.getPayloadType().getSimpleName()).toList())
                .containsExactly("ClientEnrolled");
    }
}
