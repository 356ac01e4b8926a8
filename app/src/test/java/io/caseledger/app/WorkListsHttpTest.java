package io.caseledger.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static io.caseledger.app.FixedClock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Referral trackers and appointment schedules of a caseload and a team, by the (fixed) clock, with their refusals. */
@HttpTest
@Import(FixedClock.class)
class WorkListsHttpTest {

    @LocalServerPort
    int port;

    private static boolean recorded;

    @BeforeAll
    static void reset() {
        recorded = false;
    }

    private static String referral(String organisation, java.time.LocalDate dueBy) {
        return "{\"type\":\"BEHAVIOURAL_HEALTH\",\"recipient\":{\"organisation\":\"" + organisation + "\",\"category\":\"BEHAVIOURAL_HEALTH\"},"
                + "\"resourceId\":null,\"reason\":\"Wants counselling\",\"dueBy\":\"" + dueBy + "\"}";
    }

    private static String appointment(Instant at) {
        return "{\"with\":\"Dr. Okafor\",\"organisation\":\"Eastside Clinic\",\"at\":\"" + at + "\",\"location\":\"12 Main St\",\"purpose\":\"Review\"}";
    }

    private static Instant at(java.time.LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    private String id(Api.Response created, String field) {
        assertThat(created.status()).isEqualTo(201);
        return created.json().get(field).asString();
    }

    /** alice: referrals due yesterday (sent), today, next week (cancelled); appointments missed, kept, today, tomorrow, next week. bob: one of each. */
    private Api api() {
        Api api = new Api(port);
        if (recorded) {
            return api;
        }
        id(api.post("sam", "/api/cases", enrolment("wl-1", "alice", TODAY.minusDays(30))), "caseId");
        id(api.post("sam", "/api/cases", enrolment("wl-2", "bob", TODAY.minusDays(30))), "caseId");
        id(api.post("alice", "/api/cases/wl-1/consents", """
                {"recipient":{"organisation":"Eastside Counselling"},"purposes":["REFERRAL"],"scope":["BEHAVIOURAL_HEALTH"],
                 "effectiveOn":"%s","expiresOn":"%s","method":"WRITTEN"}""".formatted(TODAY.minusDays(10), TODAY.plusYears(1))), "consentId");
        String overdue = id(api.post("alice", "/api/cases/wl-1/referrals", referral("Eastside Counselling", TODAY.minusDays(1))), "referralId");
        assertThat(api.post("alice", "/api/cases/wl-1/referrals/" + overdue + "/sending", "{}").status()).isEqualTo(200);
        id(api.post("alice", "/api/cases/wl-1/referrals", referral("Westside Clinic", TODAY)), "referralId");
        String cancelled = id(api.post("alice", "/api/cases/wl-1/referrals", referral("Northside Group", TODAY.plusDays(7))), "referralId");
        assertThat(api.post("alice", "/api/cases/wl-1/referrals/" + cancelled + "/cancellation", "{\"reason\":\"moved away\"}").status()).isEqualTo(200);
        id(api.post("bob", "/api/cases/wl-2/referrals", referral("Eastside Counselling", TODAY.plusDays(3))), "referralId");

        String missed = id(api.post("alice", "/api/cases/wl-1/appointments", appointment(at(TODAY.minusDays(1), 10))), "appointmentId");
        assertThat(api.post("alice", "/api/cases/wl-1/appointments/" + missed + "/missed", "{}").status()).isEqualTo(200);
        String kept = id(api.post("alice", "/api/cases/wl-1/appointments", appointment(at(TODAY, 9))), "appointmentId");
        assertThat(api.post("alice", "/api/cases/wl-1/appointments/" + kept + "/kept", "{}").status()).isEqualTo(200);
        id(api.post("alice", "/api/cases/wl-1/appointments", appointment(at(TODAY, 15))), "appointmentId");
        id(api.post("alice", "/api/cases/wl-1/appointments", appointment(at(TODAY.plusDays(1), 10))), "appointmentId");
        id(api.post("alice", "/api/cases/wl-1/appointments", appointment(at(TODAY.plusDays(7), 10))), "appointmentId");
        id(api.post("bob", "/api/cases/wl-2/appointments", appointment(at(TODAY, 13))), "appointmentId");
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("alice", "/api/caseloads/alice/appointments?window=missed").json()
                .get("appointments").findValuesAsString("appointmentId").size() == 1
                && api.get("sam", "/api/teams/north/referrals").json().get("referrals").size() == 4
                && api.get("sam", "/api/teams/north/appointments?window=week").json().get("appointments").size() == 3
                && api.get("alice", "/api/caseloads/alice/appointments?window=missed").json().get("appointments").get(0).get("followUpExists").asBoolean());
        recorded = true;
        return api;
    }

    @Test
    void a_caseloads_referrals_open_and_recently_closed_by_due_date_overdue_judged_today() {
        JsonNode referrals = api().get("alice", "/api/caseloads/alice/referrals").json().get("referrals");
        assertThat(referrals.findValuesAsString("dueBy")).containsExactly(TODAY.minusDays(1).toString(), TODAY.toString(), TODAY.plusDays(7).toString());
        assertThat(referrals.findValuesAsString("status")).containsExactly("SENT", "CREATED", "CANCELLED");
        assertThat(referrals.findValues("overdue")).extracting(JsonNode::asBoolean).containsExactly(true, false, false);
        assertThat(referrals.get(0).get("recipient").get("organisation").asString()).isEqualTo("Eastside Counselling");
        assertThat(referrals.get(0).get("sentOn").isNull()).isFalse();
        assertThat(referrals.get(2).get("closedAt").isNull()).isFalse();
        assertThat(referrals.get(0).get("clientName").asString()).isEqualTo("wl-1, Client");

        assertThat(api().get("alice", "/api/caseloads/alice/referrals?status=CANCELLED").json().get("referrals").findValuesAsString("status"))
                .containsExactly("CANCELLED");
        JsonNode first = api().get("alice", "/api/caseloads/alice/referrals?limit=2").json();
        assertThat(first.get("referrals")).hasSize(2);
        JsonNode second = api().get("alice", "/api/caseloads/alice/referrals?limit=2&cursor=" + first.get("nextCursor").asString()).json();
        assertThat(second.get("referrals").findValuesAsString("status")).containsExactly("CANCELLED");
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(api().get("sam", "/api/teams/north/referrals").json().get("referrals").findValuesAsString("caseManagerId"))
                .containsExactly("alice", "alice", "bob", "alice");
    }

    @Test
    void schedules_for_today_this_week_and_missed_with_their_follow_up() {
        JsonNode today = api().get("alice", "/api/caseloads/alice/appointments?window=today").json();
        assertThat(today.get("appointments").findValuesAsString("at")).containsExactly(at(TODAY, 15).toString());
        assertThat(today.get("from").asString()).isEqualTo(at(TODAY, 0).toString());
        assertThat(api().get("alice", "/api/caseloads/alice/appointments").json().get("window").asString()).isEqualTo("today");
        assertThat(api().get("alice", "/api/caseloads/alice/appointments?window=week").json().get("appointments").findValuesAsString("at"))
                .containsExactly(at(TODAY, 15).toString(), at(TODAY.plusDays(1), 10).toString());
        JsonNode missed = api().get("alice", "/api/caseloads/alice/appointments?window=missed").json().get("appointments").get(0);
        assertThat(missed.get("status").asString()).isEqualTo("MISSED");
        assertThat(missed.get("followUpExists").asBoolean()).isTrue();
        assertThat(missed.get("followUpDone").asBoolean()).isFalse();
        assertThat(api().get("sam", "/api/teams/north/appointments?window=today").json().get("appointments").findValuesAsString("caseManagerId"))
                .containsExactly("bob", "alice");
    }

    @Test
    void bad_parameters_are_400_naming_the_parameter() {
        Api api = api();
        String referralCursor = api.get("alice", "/api/caseloads/alice/referrals?limit=1").json().get("nextCursor").asString();
        String stale = Base64.getUrlEncoder().withoutPadding().encodeToString("dueBy\nwl-1/no-such".getBytes(StandardCharsets.UTF_8));
        String[][] cases = {
                {"/api/caseloads/alice/referrals?status=LOST", "status"},
                {"/api/caseloads/alice/referrals?limit=0", "limit"},
                {"/api/teams/north/referrals?limit=201", "limit"},
                {"/api/caseloads/alice/appointments?limit=ten", "limit"},
                {"/api/caseloads/alice/appointments?window=month", "window"},
                {"/api/teams/north/appointments?cursor=%25%25%25", "cursor"},
                {"/api/caseloads/alice/appointments?window=week&cursor=" + referralCursor, "cursor"},
                {"/api/caseloads/alice/referrals?cursor=" + stale, "cursor"}};
        for (String[] c : cases) {
            Api.Response response = api.get(c[0].startsWith("/api/teams") ? "sam" : "alice", c[0]);
            assertThat(response.status()).as(c[0]).isEqualTo(400);
            assertThat(response.contentType()).as(c[0]).startsWith("application/problem+json");
            assertThat(response.json().get("field").asString()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void caseload_lists_follow_caseload_scope_and_team_lists_team_scope() {
        Api api = api();
        assertThat(api.get("bob", "/api/caseloads/alice/referrals").status()).isEqualTo(403);
        assertThat(api.get("bob", "/api/caseloads/alice/appointments").status()).isEqualTo(403);
        assertThat(api.get("alice", "/api/teams/north/referrals").status()).isEqualTo(403);
        assertThat(api.get("sue", "/api/teams/north/appointments").status()).isEqualTo(403);
        assertThat(api.get("sue", "/api/caseloads/alice/referrals").status()).isEqualTo(403);
        assertThat(api.get("ann", "/api/caseloads/alice/referrals").json().get("referrals")).hasSize(3);
        assertThat(api.get("rae", "/api/caseloads/alice/appointments").status()).isEqualTo(403);
        assertThat(api.get("sam", "/api/caseloads/nobody/referrals").status()).isIn(403, 404);
    }
}
