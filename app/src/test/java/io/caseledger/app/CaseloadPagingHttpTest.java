package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static io.caseledger.app.FixedClock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The caseload keeps its fields and gains limit, cursor, sort and an alert filter; bad values are 400 naming the parameter. */
@HttpTest(properties = HttpTest.OWN_STORES + "=CaseloadPagingHttpTest")
@Import(FixedClock.class)
class CaseloadPagingHttpTest {

    @LocalServerPort
    int port;

    private static List<String> ids(JsonNode caseload) {
        return caseload.get("cases").findValuesAsString("caseId");
    }

    @Test
    void pages_sorts_and_alert_filter_over_the_caseload() {
        Api api = new Api(port);
        // Client names sort by family name, which is the case id here: pg-a, pg-b, pg-c.
        api.post("sam", "/api/cases", enrolment("pg-c", "bob", TODAY.minusDays(90)));
        api.post("sam", "/api/cases", enrolment("pg-a", "bob", TODAY.minusDays(5)));
        api.post("sam", "/api/cases", enrolment("pg-b", "bob", TODAY.minusDays(20)));
        api.post("bob", "/api/cases/pg-b/contacts", "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\",\"occurredAt\":\"" + NOW.minusSeconds(3600) + "\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("bob", "/api/caseloads/bob").json().get("openCases").asInt() == 3
                && !api.get("bob", "/api/caseloads/bob").json().get("cases").get(1).get("lastSuccessfulContactAt").isNull());

        JsonNode first = api.get("bob", "/api/caseloads/bob?limit=2").json();
        assertThat(first.get("caseManagerId").asString()).isEqualTo("bob");
        assertThat(first.get("openCases").asInt()).isEqualTo(3);
        assertThat(first.get("rebuilding").asBoolean()).isFalse();
        assertThat(ids(first)).containsExactly("pg-a", "pg-b");
        api.post("sam", "/api/cases", enrolment("pg-0", "bob", TODAY.minusDays(1)));
        JsonNode second = api.get("bob", "/api/caseloads/bob?limit=2&cursor=" + first.get("nextCursor").asString()).json();
        assertThat(ids(second)).as("a case added before the cursor does not shift the next page").containsExactly("pg-c");
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(first.get("nextCursor").asString()).doesNotContain("pg-").doesNotContain("Client");

        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("bob", "/api/caseloads/bob").json().get("openCases").asInt() == 4);
        assertThat(ids(api.get("bob", "/api/caseloads/bob?sort=enrolledOn").json())).containsExactly("pg-c", "pg-b", "pg-a", "pg-0");
        assertThat(ids(api.get("bob", "/api/caseloads/bob?sort=lastContact").json())).containsExactly("pg-0", "pg-a", "pg-c", "pg-b");
        assertThat(ids(api.get("bob", "/api/caseloads/bob?alert=NO_RECENT_CONTACT").json())).as("enrolled 90 days ago, never contacted")
                .containsExactly("pg-c");
    }

    @Test
    void bad_limit_cursor_sort_and_alert_are_400_naming_the_parameter() {
        Api api = new Api(port);
        api.post("sam", "/api/cases", enrolment("pg-x1", "alice", TODAY.minusDays(5)));
        api.post("sam", "/api/cases", enrolment("pg-x2", "alice", TODAY.minusDays(5)));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("alice", "/api/caseloads/alice").json().get("openCases").asInt() == 2);
        String byEnrolment = api.get("alice", "/api/caseloads/alice?limit=1&sort=enrolledOn").json().get("nextCursor").asString();
        String stale = Base64.getUrlEncoder().withoutPadding().encodeToString("clientName\nno-such-case".getBytes(StandardCharsets.UTF_8));
        String[][] cases = {
                {"limit=0", "limit"}, {"limit=201", "limit"}, {"limit=1.5", "limit"},
                {"sort=name", "sort"}, {"alert=LOUD", "alert"},
                {"cursor=not-a-cursor", "cursor"}, {"cursor=" + byEnrolment, "cursor"}, {"cursor=" + stale, "cursor"}};
        for (String[] c : cases) {
            Api.Response response = api.get("alice", "/api/caseloads/alice?" + c[0]);
            assertThat(response.status()).as(c[0]).isEqualTo(400);
            assertThat(response.contentType()).as(c[0]).startsWith("application/problem+json");
            assertThat(response.json().get("field").asString()).as(c[0]).isEqualTo(c[1]);
            String sent = c[0].substring(c[0].indexOf('=') + 1);
            if (sent.length() > 3) {
                assertThat(response.body()).as("the value sent is not echoed").doesNotContain(sent);
            }
        }
        assertThat(api.get("alice", "/api/caseloads/alice?limit=200&sort=enrolledOn&cursor=" + byEnrolment).status()).isEqualTo(200);
    }
}
