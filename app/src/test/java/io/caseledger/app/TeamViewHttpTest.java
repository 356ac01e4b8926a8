package io.caseledger.app;

import org.junit.jupiter.api.Test;
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
class TeamViewHttpTest {

    @LocalServerPort
    int port;

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

    @Test
    void the_team_view_shows_each_case_managers_load_alerts_contacts_outcomes_and_review_order() {
        Api api = new Api(port);
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
        JsonNode team = response.json();
        assertThat(team.get("team").asString()).isEqualTo("north");
        assertThat(team.get("weekStarting").asString()).isEqualTo(MONDAY.toString());
        assertThat(team.get("capacity").get("min").asInt()).isEqualTo(2);
        assertThat(team.get("capacity").get("max").asInt()).isEqualTo(70);
        assertThat(team.get("caseManagers").findValuesAsString("caseManagerId")).containsExactly("alice", "bob");
        JsonNode alice = team.get("caseManagers").get(0);
        JsonNode bob = team.get("caseManagers").get(1);
        assertThat(alice.get("openCases").asInt()).isEqualTo(2);
        assertThat(alice.get("capacityStatus").asString()).isEqualTo("WITHIN");
        assertThat(bob.get("capacityStatus").asString()).isEqualTo("UNDER");
        assertThat(alice.get("alerts").get("NO_RECENT_CONTACT").asInt()).as("tv-1, enrolled 60 days ago, never contacted").isEqualTo(1);
        assertThat(alice.get("alerts").get("SAFETY_FLAG_OPEN").asInt()).isZero();
        assertThat(bob.get("contactsThisWeek").asInt()).isZero();
        JsonNode phq9 = alice.get("phq9");
        assertThat(phq9.get("responding").asInt()).isEqualTo(1);
        assertThat(phq9.get("responsePercent").asInt()).isEqualTo(100);
        assertThat(phq9.get("remissionPercent").asInt()).isZero();
        assertThat(bob.get("phq9").get("responsePercent").isNull()).isTrue();
        assertThat(alice.get("review").findValuesAsString("caseId")).containsExactly("tv-1", "tv-2");
        assertThat(alice.get("review").get(0).get("daysWithoutContact").asInt()).isEqualTo(60);
        assertThat(alice.get("review").get(1).get("daysWithoutContact").asInt()).isEqualTo(2);
        assertThat(team.get("rebuilding").asBoolean()).isFalse();
    }

    @Test
    void only_the_teams_supervisor_and_auditors_see_it_and_an_unknown_team_is_not_found_for_those_in_scope() {
        Api api = new Api(port);
        assertThat(api.get("alice", "/api/teams/north").status()).as("case managers").isEqualTo(403);
        assertThat(api.get("sue", "/api/teams/north").status()).as("south's supervisor").isEqualTo(403);
        assertThat(api.get("rae", "/api/teams/north").status()).isEqualTo(403);
        assertThat(api.get("ada", "/api/teams/north").status()).isEqualTo(403);
        assertThat(api.get("ann", "/api/teams/north").status()).isEqualTo(200);
        assertThat(api.get("sue", "/api/teams/south").json().get("caseManagers").findValuesAsString("caseManagerId"))
                .containsExactly("carol", "dan");
        Api.Response outside = api.get("sam", "/api/teams/nowhere");
        assertThat(outside.status()).as("scope is judged before existence").isEqualTo(403);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        Api.Response unknown = api.get("ann", "/api/teams/nowhere");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("team-not-found");
    }
}
