package io.caseledger.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;

import static io.caseledger.app.FixedClock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The supervisor's team view over HTTP: per case manager, judged by the (fixed) clock; only for the team's supervisor and auditors. */
@HttpTest(properties = "caseledger.caseload.capacity.min=2")
@Import(FixedClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamViewHttpTest {

    @LocalServerPort
    int port;
    private Api api;
    private JsonNode north;
    private JsonNode alice;
    private JsonNode bob;

    private static String contact(String outcome, String at) {
        return "{\"mode\":\"PHONE\",\"outcome\":\"" + outcome + "\",\"occurredAt\":\"" + at + "\"}";
    }

    private static String phq9(int total, LocalDate on) {
        int[] items = new int[9];
        for (int i = 0; i < 8; i++) {
            items[i] = Math.min(3, Math.max(0, total - 3 * i));
        }
        return "{\"instrument\":\"PHQ9\",\"items\":" + java.util.Arrays.toString(items) + ",\"administeredOn\":\"" + on + "\"}";
    }

    /**
     * North: alice with tv-1 (enrolled 60 days ago, never contacted, PHQ-9 20 then 8) and tv-2 (contacted
     * on Monday at midnight, attempted later, and on Sunday before), bob with tv-3; read once caught up.
     */
    @BeforeAll
    void team() {
        api = new Api(port);
        assertThat(api.post("sam", "/api/cases", enrolment("tv-1", "alice", TODAY.minusDays(60))).status()).isEqualTo(201);
        assertThat(api.post("sam", "/api/cases", enrolment("tv-2", "alice", TODAY.minusDays(10))).status()).isEqualTo(201);
        assertThat(api.post("sam", "/api/cases", enrolment("tv-3", "bob", TODAY.minusDays(5))).status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/tv-2/contacts", contact("SUCCESSFUL", MONDAY + "T00:00:00Z")).status()).isEqualTo(201);
        api.post("alice", "/api/cases/tv-2/contacts", contact("ATTEMPTED", MONDAY + "T09:00:00Z"));
        api.post("alice", "/api/cases/tv-2/contacts", contact("SUCCESSFUL", MONDAY.minusDays(1) + "T23:59:59Z"));
        assertThat(api.post("alice", "/api/cases/tv-1/assessments", phq9(20, TODAY.minusWeeks(4))).status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/tv-1/assessments", phq9(8, TODAY.minusDays(1))).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode alice = api.get("sam", "/api/teams/north").json().get("caseManagers").get(0);
            assertThat(alice.get("contactsThisWeek").asInt()).isEqualTo(1);
            assertThat(alice.get("phq9").get("measuredCases").asInt()).isEqualTo(1);
        });
        Api.Response response = api.get("sam", "/api/teams/north");
        assertThat(response.status()).isEqualTo(200);
        north = response.json();
        alice = north.get("caseManagers").get(0);
        bob = north.get("caseManagers").get(1);
    }

    @Test
    void the_team_view_names_its_week_its_capacity_band_and_its_case_managers() {
        assertThat(north.get("team").asString()).isEqualTo("north");
        assertThat(north.get("weekStarting").asString()).isEqualTo(MONDAY.toString());
        assertThat(north.get("capacity").get("min").asInt()).isEqualTo(2);
        assertThat(north.get("capacity").get("max").asInt()).isEqualTo(70);
        assertThat(north.get("caseManagers").findValuesAsString("caseManagerId")).containsExactly("alice", "bob");
        assertThat(north.get("rebuilding").asBoolean()).isFalse();
    }

    @Test
    void each_case_managers_open_cases_are_judged_against_the_band() {
        assertThat(alice.get("openCases").asInt()).isEqualTo(2);
        assertThat(alice.get("capacityStatus").asString()).isEqualTo("WITHIN");
        assertThat(bob.get("capacityStatus").asString()).isEqualTo("UNDER");
    }

    @Test
    void alerts_are_counted_by_kind() {
        assertThat(alice.get("alerts").get("NO_RECENT_CONTACT").asInt()).as("tv-1, enrolled 60 days ago, never contacted").isEqualTo(1);
        assertThat(alice.get("alerts").get("SAFETY_FLAG_OPEN").asInt()).isZero();
    }

    @Test
    void contacts_this_week_count_successful_ones_from_monday_midnight() {
        assertThat(alice.get("contactsThisWeek").asInt()).isEqualTo(1);
        assertThat(bob.get("contactsThisWeek").asInt()).isZero();
    }

    @Test
    void phq9_response_and_remission_are_shares_of_the_measured_cases() {
        JsonNode phq9 = alice.get("phq9");
        assertThat(phq9.get("responding").asInt()).isEqualTo(1);
        assertThat(phq9.get("responsePercent").asInt()).isEqualTo(100);
        assertThat(phq9.get("remissionPercent").asInt()).isZero();
        assertThat(bob.get("phq9").get("responsePercent").isNull()).as("no case measured").isTrue();
    }

    @Test
    void the_review_list_puts_the_longest_without_contact_first() {
        assertThat(alice.get("review").findValuesAsString("caseId")).containsExactly("tv-1", "tv-2");
        assertThat(alice.get("review").get(0).get("daysWithoutContact").asInt()).isEqualTo(60);
        assertThat(alice.get("review").get(1).get("daysWithoutContact").asInt()).isEqualTo(2);
    }

    @Test
    void only_the_teams_supervisor_and_auditors_see_it() {
        assertThat(api.get("alice", "/api/teams/north").status()).as("case managers").isEqualTo(403);
        assertThat(api.get("sue", "/api/teams/north").status()).as("south's supervisor").isEqualTo(403);
        assertThat(api.get("rae", "/api/teams/north").status()).isEqualTo(403);
        assertThat(api.get("ada", "/api/teams/north").status()).isEqualTo(403);
        assertThat(api.get("ann", "/api/teams/north").status()).isEqualTo(200);
    }

    @Test
    void a_team_lists_the_case_managers_of_its_roster() {
        assertThat(api.get("sue", "/api/teams/south").json().get("caseManagers").findValuesAsString("caseManagerId"))
                .containsExactly("carol", "dan");
    }

    @Test
    void an_unknown_team_is_out_of_a_supervisors_scope_before_it_is_missing() {
        Api.Response outside = api.get("sam", "/api/teams/nowhere");

        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_unknown_team_is_404_to_an_auditor() {
        Api.Response unknown = api.get("ann", "/api/teams/nowhere");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("team-not-found");
    }
}
