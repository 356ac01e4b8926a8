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
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;

import static io.caseledger.app.FixedClock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Referral trackers and appointment schedules of a caseload and a team, by the (fixed) clock, with their refusals. */
@HttpTest
@Import(FixedClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkListsHttpTest {

    @LocalServerPort
    int port;
    private Api api;

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
    @BeforeAll
    void record() {
        api = new Api(port);
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
    }

    private JsonNode referrals(String user, String path) {
        return api.get(user, path).json().get("referrals");
    }

    private JsonNode appointments(String query) {
        return api.get("alice", "/api/caseloads/alice/appointments" + query).json().get("appointments");
    }

    @Test
    void a_caseloads_referrals_open_and_recently_closed_by_due_date_overdue_judged_today() {
        JsonNode referrals = referrals("alice", "/api/caseloads/alice/referrals");

        assertThat(referrals.findValuesAsString("dueBy")).containsExactly(TODAY.minusDays(1).toString(), TODAY.toString(), TODAY.plusDays(7).toString());
        assertThat(referrals.findValuesAsString("status")).containsExactly("SENT", "CREATED", "CANCELLED");
        assertThat(referrals.findValues("overdue")).extracting(JsonNode::asBoolean).containsExactly(true, false, false);
    }

    @Test
    void a_referral_shows_its_recipient_client_and_dates() {
        JsonNode referrals = referrals("alice", "/api/caseloads/alice/referrals");

        assertThat(referrals.get(0).get("recipient").get("organisation").asString()).isEqualTo("Eastside Counselling");
        assertThat(referrals.get(0).get("sentOn").isNull()).isFalse();
        assertThat(referrals.get(2).get("closedAt").isNull()).isFalse();
        assertThat(referrals.get(0).get("clientName").asString()).isEqualTo("wl-1, Client");
    }

    @Test
    void referrals_are_filtered_by_status() {
        assertThat(referrals("alice", "/api/caseloads/alice/referrals?status=CANCELLED").findValuesAsString("status")).containsExactly("CANCELLED");
    }

    @Test
    void referrals_are_paged_by_due_date() {
        JsonNode first = api.get("alice", "/api/caseloads/alice/referrals?limit=2").json();
        assertThat(first.get("referrals")).hasSize(2);

        JsonNode second = api.get("alice", "/api/caseloads/alice/referrals?limit=2&cursor=" + first.get("nextCursor").asString()).json();

        assertThat(second.get("referrals").findValuesAsString("status")).containsExactly("CANCELLED");
        assertThat(second.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void a_teams_referrals_are_its_case_managers_by_due_date() {
        assertThat(referrals("sam", "/api/teams/north/referrals").findValuesAsString("caseManagerId")).containsExactly("alice", "alice", "bob", "alice");
    }

    @Test
    void todays_schedule_is_the_appointments_still_to_come_today() {
        JsonNode today = api.get("alice", "/api/caseloads/alice/appointments?window=today").json();

        assertThat(today.get("appointments").findValuesAsString("at")).containsExactly(at(TODAY, 15).toString());
        assertThat(today.get("from").asString()).isEqualTo(at(TODAY, 0).toString());
    }

    @Test
    void the_schedule_is_todays_unless_asked_otherwise() {
        assertThat(api.get("alice", "/api/caseloads/alice/appointments").json().get("window").asString()).isEqualTo("today");
    }

    @Test
    void the_weeks_schedule_runs_from_today_for_seven_days() {
        assertThat(appointments("?window=week").findValuesAsString("at")).containsExactly(at(TODAY, 15).toString(), at(TODAY.plusDays(1), 10).toString());
    }

    @Test
    void a_missed_appointment_is_listed_with_its_follow_up() {
        JsonNode missed = appointments("?window=missed").get(0);

        assertThat(missed.get("status").asString()).isEqualTo("MISSED");
        assertThat(missed.get("followUpExists").asBoolean()).isTrue();
        assertThat(missed.get("followUpDone").asBoolean()).isFalse();
    }

    @Test
    void a_teams_schedule_is_its_case_managers_in_time_order() {
        assertThat(api.get("sam", "/api/teams/north/appointments?window=today").json().get("appointments").findValuesAsString("caseManagerId"))
                .containsExactly("bob", "alice");
    }

    Stream<Arguments> badParameters() {
        String referralCursor = api.get("alice", "/api/caseloads/alice/referrals?limit=1").json().get("nextCursor").asString();
        String stale = Base64.getUrlEncoder().withoutPadding().encodeToString("dueBy\nwl-1/no-such".getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                Arguments.of("/api/caseloads/alice/referrals?status=LOST", "status"),
                Arguments.of("/api/caseloads/alice/referrals?limit=0", "limit"),
                Arguments.of("/api/teams/north/referrals?limit=201", "limit"),
                Arguments.of("/api/caseloads/alice/appointments?limit=ten", "limit"),
                Arguments.of("/api/caseloads/alice/appointments?window=month", "window"),
                Arguments.of("/api/teams/north/appointments?cursor=%25%25%25", "cursor"),
                Arguments.of("/api/caseloads/alice/appointments?window=week&cursor=" + referralCursor, "cursor"),
                Arguments.of("/api/caseloads/alice/referrals?cursor=" + stale, "cursor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void a_bad_parameter_is_a_400_naming_it(String path, String field) {
        Api.Response response = api.get(path.startsWith("/api/teams") ? "sam" : "alice", path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    @Test
    void caseload_lists_are_for_those_who_may_see_the_caseload() {
        assertThat(api.get("bob", "/api/caseloads/alice/referrals").status()).isEqualTo(403);
        assertThat(api.get("bob", "/api/caseloads/alice/appointments").status()).isEqualTo(403);
        assertThat(api.get("sue", "/api/caseloads/alice/referrals").status()).isEqualTo(403);
        assertThat(api.get("rae", "/api/caseloads/alice/appointments").status()).isEqualTo(403);
        assertThat(referrals("ann", "/api/caseloads/alice/referrals")).hasSize(3);
    }

    @Test
    void team_lists_are_for_those_who_may_see_the_team() {
        assertThat(api.get("alice", "/api/teams/north/referrals").status()).isEqualTo(403);
        assertThat(api.get("sue", "/api/teams/north/appointments").status()).isEqualTo(403);
    }

    @Test
    void an_unknown_case_managers_lists_are_refused() {
        assertThat(api.get("sam", "/api/caseloads/nobody/referrals").status()).isIn(403, 404);
    }
}
