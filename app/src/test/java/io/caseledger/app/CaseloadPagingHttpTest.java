package io.caseledger.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static io.caseledger.app.FixedClock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The caseload keeps its fields and gains limit, cursor, sort and an alert filter; bad values are 400
 * naming the parameter. Bob's and alice's caseloads are set up once for the class; carol's is the
 * paging test's own, as it adds a case between two pages.
 */
@HttpTest(properties = HttpTest.OWN_STORES + "=CaseloadPagingHttpTest")
@Import(FixedClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadPagingHttpTest {

    @LocalServerPort
    int port;
    private Api api;
    /** A cursor of alice's caseload in enrolment order. */
    private String byEnrolment;

    private static List<String> ids(JsonNode caseload) {
        return caseload.get("cases").findValuesAsString("caseId");
    }

    private int openCases(String caseManagerId) {
        return api.get(caseManagerId, "/api/caseloads/" + caseManagerId).json().get("openCases").asInt();
    }

    /** Client names sort by family name, which is the case id here: pg-0, pg-a, pg-b, pg-c. */
    @BeforeAll
    void caseloads() {
        api = new Api(port);
        api.post("sam", "/api/cases", enrolment("pg-c", "bob", TODAY.minusDays(90)));
        api.post("sam", "/api/cases", enrolment("pg-a", "bob", TODAY.minusDays(5)));
        api.post("sam", "/api/cases", enrolment("pg-b", "bob", TODAY.minusDays(20)));
        api.post("sam", "/api/cases", enrolment("pg-0", "bob", TODAY.minusDays(1)));
        api.post("bob", "/api/cases/pg-b/contacts", "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\",\"occurredAt\":\"" + NOW.minusSeconds(3600) + "\"}");
        api.post("sam", "/api/cases", enrolment("pg-x1", "alice", TODAY.minusDays(5)));
        api.post("sam", "/api/cases", enrolment("pg-x2", "alice", TODAY.minusDays(5)));
        await().atMost(Duration.ofSeconds(20)).until(() -> openCases("bob") == 4 && openCases("alice") == 2
                && !api.get("bob", "/api/caseloads/bob?sort=lastContact").json().get("cases").get(3).get("lastSuccessfulContactAt").isNull());
        byEnrolment = api.get("alice", "/api/caseloads/alice?limit=1&sort=enrolledOn").json().get("nextCursor").asString();
    }

    @Test
    void a_page_keeps_the_caseloads_fields() {
        JsonNode first = api.get("bob", "/api/caseloads/bob?limit=2").json();

        assertThat(first.get("caseManagerId").asString()).isEqualTo("bob");
        assertThat(first.get("openCases").asInt()).as("the whole caseload").isEqualTo(4);
        assertThat(first.get("rebuilding").asBoolean()).isFalse();
        assertThat(ids(first)).containsExactly("pg-0", "pg-a");
        assertThat(first.get("nextCursor").asString()).as("the cursor is opaque").doesNotContain("pg-").doesNotContain("Client");
    }

    @Test
    void a_case_added_before_the_cursor_does_not_shift_the_next_page() {
        api.post("sue", "/api/cases", enrolment("pgc-c", "carol", TODAY.minusDays(9)));
        api.post("sue", "/api/cases", enrolment("pgc-a", "carol", TODAY.minusDays(9)));
        api.post("sue", "/api/cases", enrolment("pgc-b", "carol", TODAY.minusDays(9)));
        await().atMost(Duration.ofSeconds(20)).until(() -> openCases("carol") == 3);
        JsonNode first = api.get("carol", "/api/caseloads/carol?limit=2").json();
        assertThat(ids(first)).containsExactly("pgc-a", "pgc-b");

        api.post("sue", "/api/cases", enrolment("pgc-0", "carol", TODAY.minusDays(1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> openCases("carol") == 4);
        JsonNode second = api.get("carol", "/api/caseloads/carol?limit=2&cursor=" + first.get("nextCursor").asString()).json();

        assertThat(ids(second)).containsExactly("pgc-c");
        assertThat(second.get("nextCursor").isNull()).as("the last page").isTrue();
    }

    @Test
    void sort_by_enrolment_puts_the_longest_enrolled_first() {
        assertThat(ids(api.get("bob", "/api/caseloads/bob?sort=enrolledOn").json())).containsExactly("pg-c", "pg-b", "pg-a", "pg-0");
    }

    @Test
    void sort_by_last_contact_puts_the_never_contacted_first_by_enrolment_then_the_longest_ago() {
        assertThat(ids(api.get("bob", "/api/caseloads/bob?sort=lastContact").json())).containsExactly("pg-0", "pg-a", "pg-c", "pg-b");
    }

    @Test
    void the_alert_filter_keeps_only_cases_with_that_alert() {
        assertThat(ids(api.get("bob", "/api/caseloads/bob?alert=NO_RECENT_CONTACT").json())).as("enrolled 90 days ago, never contacted")
                .containsExactly("pg-c");
    }

    Stream<Arguments> badParameters() {
        String stale = Base64.getUrlEncoder().withoutPadding().encodeToString("clientName\nno-such-case".getBytes(StandardCharsets.UTF_8));
        return Stream.of(Arguments.of("limit=0", "limit"), Arguments.of("limit=201", "limit"), Arguments.of("limit=1.5", "limit"),
                Arguments.of("sort=name", "sort"), Arguments.of("alert=LOUD", "alert"), Arguments.of("cursor=not-a-cursor", "cursor"),
                Arguments.of("cursor=" + byEnrolment + "&sort=clientName", "cursor"), Arguments.of("cursor=" + stale, "cursor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void a_bad_parameter_is_a_400_naming_it_without_echoing_its_value(String query, String field) {
        Api.Response response = api.get("alice", "/api/caseloads/alice?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        String sent = query.substring(query.indexOf('=') + 1).replace("&sort=clientName", "");
        if (sent.length() > 3) {
            assertThat(response.body()).as("the value sent is not echoed").doesNotContain(sent);
        }
    }

    @Test
    void a_cursor_is_good_for_the_order_it_was_made_in() {
        assertThat(api.get("alice", "/api/caseloads/alice?limit=200&sort=enrolledOn&cursor=" + byEnrolment).status()).isEqualTo(200);
    }
}
