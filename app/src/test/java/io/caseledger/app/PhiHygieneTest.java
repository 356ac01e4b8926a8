package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives the API with distinctive personal data, including failures, and fails if any of it appears
 * in the logs, in metrics, or in any error body.
 */
@HttpTest(properties = "logging.level.io.caseledger=debug")
@ExtendWith(OutputCaptureExtension.class)
class PhiHygieneTest {

    private static final String GIVEN = "Quillon";
    private static final String FAMILY = "Zabriskievna";
    private static final String BIRTH = "1947-02-13";
    private static final String NOTE = "Disclosed-Hepatitis-Xq7";
    private static final List<String> PHI = List.of(GIVEN, FAMILY, BIRTH, NOTE);

    @LocalServerPort
    int port;

    @Test
    void no_personal_data_reaches_logs_metrics_or_error_bodies(CapturedOutput output) {
        Api api = new Api(port);
        List<Api.Response> errors = new ArrayList<>();
        String enrolment = Api.enrolment("phi-1", GIVEN, FAMILY).replace("1975-04-02", BIRTH);

        assertThat(api.post("alice", "/api/cases", enrolment).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("alice", "/api/caseloads/alice").body().contains(FAMILY));
        errors.add(api.post("alice", "/api/cases", enrolment));
        errors.add(api.post("alice", "/api/cases", enrolment.replace("phi-1", "phi-2").replace(BIRTH, BIRTH + "x")));
        errors.add(api.post("alice", "/api/cases", enrolment.replace("phi-1", "phi 3")));
        errors.add(api.post("alice", "/api/cases", "{\"caseId\":\"phi-4\",\"" + FAMILY + "\":\"" + NOTE + "\"}"));
        errors.add(api.post("alice", "/api/cases/phi-1/closure", "{\"closureReason\":\"" + NOTE + "\"}"));
        errors.add(api.post("bob", "/api/cases/phi-1/closure", "{\"closureReason\":\"MOVED\",\"note\":\"" + NOTE + "\"}"));
        errors.add(api.post(FAMILY + ":" + BIRTH, "/api/cases", enrolment));
        assertThat(api.post("alice", "/api/cases/phi-1/closure", "{\"closureReason\":\"MOVED\",\"note\":\"" + NOTE + "\"}").status()).isEqualTo(200);
        errors.add(api.post("alice", "/api/cases/phi-1/closure", "{\"closureReason\":\"MOVED\",\"note\":\"" + NOTE + "\"}"));
        assertThat(api.get("ann", "/api/cases/phi-1/history?format=csv").body()).contains(FAMILY);
        assertThat(api.get("ann", "/api/cases/phi-1").body()).contains(FAMILY);

        assertThat(errors).allSatisfy(e -> {
            assertThat(e.status()).isBetween(400, 499);
            assertThat(e.body()).doesNotContain(PHI);
        });
        assertThat(api.get("ada", "/actuator/prometheus").body()).doesNotContain(PHI);
        assertThat(output.getAll()).as("application logs").doesNotContain(PHI);
    }
}
