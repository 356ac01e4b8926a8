package io.caseledger.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static io.caseledger.app.CaseHistories.caseWithHistory;
import static io.caseledger.app.CaseHistories.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every read of a case's personal data is logged with who, in which role, what they read and why. */
@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogHttpTest {

    @LocalServerPort
    int port;
    private Api api;

    /** acc-1 read four ways, by sam for treatment and by ann for audit, once the log has them all. */
    @BeforeAll
    void reads() {
        api = new Api(port);
        caseWithHistory(api, "acc-1");
        assertThat(api.get("sam", "/api/cases/acc-1", "X-Purpose-Of-Use", "TREATMENT").status()).isEqualTo(200);
        assertThat(api.get("ann", "/api/cases/acc-1/history", "X-Purpose-Of-Use", "AUDIT").status()).isEqualTo(200);
        assertThat(api.get("ann", "/api/cases/acc-1/history?format=csv").status()).isEqualTo(200);
        assertThat(api.get("ann", "/api/cases/acc-1?asOfSequence=1").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("ann", "/api/audit/access?caseId=acc-1").json().get("accesses").size() == 4);
    }

    @Test
    void each_view_of_the_case_is_logged() {
        JsonNode accesses = api.get("ann", "/api/audit/access?caseId=acc-1").json().get("accesses");

        assertThat(accesses.findValuesAsString("view")).containsExactlyInAnyOrder("SUMMARY", "HISTORY", "HISTORY_EXPORT", "POINT_IN_TIME");
    }

    @Test
    void the_log_is_searched_by_who_read() {
        assertThat(api.get("ann", "/api/audit/access?userId=ann").json().get("accesses").findValuesAsString("caseId"))
                .contains("acc-1").doesNotContainNull();
    }

    @Test
    void a_read_is_logged_with_its_readers_role_and_stated_purpose() {
        JsonNode samOnThisCase = null;
        for (JsonNode access : api.get("ann", "/api/audit/access?userId=sam").json().get("accesses")) {
            samOnThisCase = access.get("caseId").asString().equals("acc-1") ? access : samOnThisCase;
        }

        assertThat(samOnThisCase).isNotNull();
        assertThat(samOnThisCase.get("purpose").asString()).isEqualTo("TREATMENT");
        assertThat(samOnThisCase.get("role").asString()).isEqualTo("SUPERVISOR");
    }

    @Test
    void reporting_may_not_read_the_access_log() {
        assertThat(api.get("rae", "/api/audit/access?caseId=acc-1").status()).isEqualTo(403);
    }

    @Test
    void an_unknown_purpose_is_a_400_naming_the_header() {
        caseWithHistory(api, "acc-2");

        Api.Response badPurpose = api.get("sam", "/api/cases/acc-2", "X-Purpose-Of-Use", "because I can");

        assertThat(badPurpose.status()).isEqualTo(400);
        assertThat(badPurpose.json().get("field").asString()).isEqualTo("X-Purpose-Of-Use");
    }

    @Test
    void access_events_stay_outside_the_case_stream() {
        assertThat(verify(api, "acc-1").get("verified").asBoolean()).isTrue();
    }
}
