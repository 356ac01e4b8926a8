package io.caseledger.app;

import io.caseledger.domain.assessment.NeedsDomain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * NCQA file reviews computed from events, per case, per caseload, and as a reproducible sample. The
 * sample is drawn from every file in the store, so the class has stores of its own.
 */
@HttpTest(properties = HttpTest.OWN_STORES + "=NcqaHttpTest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NcqaHttpTest {

    @LocalServerPort
    int port;
    private Api api;

    private static final LocalDate TODAY = LocalDate.now();

    /** Enrolled {@code daysAgo} days ago; with {@code documented}, every element documented in time. */
    private void file(Api api, String caseId, int daysAgo, boolean documented) {
        LocalDate enrolled = TODAY.minusDays(daysAgo);
        api.post("alice", "/api/cases", Api.enrolment(caseId, "File", caseId).replace("\"insuranceStatus\"", "\"enrolledOn\":\"" + enrolled + "\",\"insuranceStatus\""));
        if (!documented) {
            return;
        }
        String c = "/api/cases/" + caseId;
        for (NeedsDomain d : NeedsDomain.values()) {
            api.post("alice", c + "/needs-assessment", "{\"domain\":\"" + d + "\",\"completedOn\":\"" + enrolled.plusDays(30) + "\",\"findings\":\"ok\"}");
        }
        api.post("alice", c + "/consents", "{\"recipient\":{\"category\":\"PRIMARY_CARE\"},\"purposes\":[\"CARE_COORDINATION\"],\"scope\":[\"ALL\"],\"expiresOn\":\"" + TODAY.plusYears(1) + "\",\"method\":\"WRITTEN\"}");
        api.post("alice", c + "/rights-and-responsibilities", "{\"method\":\"WRITTEN\",\"providedOn\":\"" + enrolled + "\"}");
        String goal = api.post("alice", c + "/care-plan/goals", "{\"description\":\"Stable housing\",\"priority\":1,\"clientPreference\":\"Near family\"}").json().get("goalId").asString();
        api.post("alice", c + "/care-plan/barriers", "{\"goalId\":\"" + goal + "\",\"description\":\"Eviction history\"}");
        api.post("alice", c + "/care-plan/follow-up-schedule", "{\"everyDays\":14,\"channel\":\"PHONE\",\"nextContactOn\":\"" + TODAY.plusDays(3) + "\"}");
        api.post("alice", c + "/care-plan/self-management-plan", "{\"plan\":\"Weekly budget check\"}");
        api.post("alice", c + "/care-plan/goals/" + goal + "/reviews", "{\"outcome\":\"PARTIALLY_MET\"}");
    }

    private static Map<String, String> statuses(JsonNode review) {
        Map<String, String> statuses = new HashMap<>();
        review.get("elements").forEach(e -> statuses.put(e.get("element").asString(), e.get("status").asString()));
        return statuses;
    }

    /** nq-full (every element documented in time) and nq-bare (nothing), both enrolled 90 days ago; the sample's files. */
    @BeforeAll
    void files() {
        api = new Api(port);
        file(api, "nq-full", 90, true);
        file(api, "nq-bare", 90, false);
        for (int i = 0; i < 6; i++) {
            file(api, "nq-old-" + i, 61 + i, false);
        }
        file(api, "nq-young", 59, false);
    }

    @Test
    void a_documented_file_meets_every_element_with_its_evidence() {
        JsonNode full = api.get("ann", "/api/cases/nq-full/ncqa").json();

        assertThat(statuses(full).values()).containsOnly("MET");
        assertThat(full.get("inSample").asBoolean()).isTrue();
        assertThat(full.get("elements").get(0).get("evidence").size()).isEqualTo(NeedsDomain.values().length);
    }

    @Test
    void an_empty_file_misses_every_element() {
        assertThat(statuses(api.get("ann", "/api/cases/nq-bare/ncqa").json()).values()).containsOnly("NOT_MET");
    }

    /** The caseload's file list comes from the caseload projection, which follows the events. */
    @Test
    void a_caseloads_review_counts_its_files_by_element_and_status() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode caseload = api.get("sam", "/api/audit/ncqa/caseloads/alice").json();
            assertThat(caseload.path("byElement").path("barriers").path("MET").asInt(0)).isGreaterThanOrEqualTo(1);
            assertThat(caseload.path("byElement").path("barriers").path("NOT_MET").asInt(0)).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void another_case_managers_file_review_is_refused() {
        assertThat(api.get("bob", "/api/cases/nq-full/ncqa").status()).isEqualTo(403);
    }

    @Test
    void a_review_date_that_is_no_date_is_a_400_naming_it() {
        assertThat(api.get("ann", "/api/cases/nq-full/ncqa?reviewDate=soon").json().get("field").asString()).isEqualTo("reviewDate");
    }

    @Test
    void the_sample_excludes_files_younger_than_sixty_days() {
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("ann", "/api/audit/ncqa/sample?size=50&seed=1").json()
                .get("files").findValuesAsString("caseId").containsAll(List.of("nq-old-0", "nq-old-5")));

        assertThat(api.get("ann", "/api/audit/ncqa/sample?size=50&seed=1").json().get("files").findValuesAsString("caseId")).doesNotContain("nq-young");
    }

    @Test
    void the_same_seed_draws_the_same_files_and_as_many_as_asked() {
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("ann", "/api/audit/ncqa/sample?size=50&seed=1").json()
                .get("files").findValuesAsString("caseId").containsAll(List.of("nq-old-0", "nq-old-5")));

        List<String> first = api.get("ann", "/api/audit/ncqa/sample?size=3&seed=42").json().get("files").findValuesAsString("caseId");
        List<String> again = api.get("ann", "/api/audit/ncqa/sample?size=3&seed=42").json().get("files").findValuesAsString("caseId");

        assertThat(again).isEqualTo(first).hasSize(3);
    }
}
