package io.caseledger.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

import static io.caseledger.app.CaseHistories.caseWithHistory;
import static org.assertj.core.api.Assertions.assertThat;

/** The case as it stood at an event or an instant (the same fold as the live view), and the diff between two points. */
@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointInTimeHttpTest {

    @LocalServerPort
    int port;
    private Api api;
    private JsonNode events;

    /** One case, pit-1, read by every test here (none changes it). */
    @BeforeAll
    void history() {
        api = new Api(port);
        caseWithHistory(api, "pit-1");
        events = api.get("ann", "/api/cases/pit-1/history").json().get("events");
    }

    private List<String> types(String query) {
        return api.get("ann", "/api/cases/pit-1/history?" + query).json().get("events").findValuesAsString("type");
    }

    private List<String> changedPaths(String query) {
        return api.get("ann", "/api/cases/pit-1/diff?" + query).json().get("changes").findValuesAsString("path");
    }

    private Instant closedAt() {
        return Instant.parse(events.get(3).get("timestamp").asString());
    }

    @Test
    void the_fold_at_the_last_event_is_the_live_view() {
        JsonNode live = api.get("sam", "/api/cases/pit-1").json();

        assertThat(live.get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get("ann", "/api/cases/pit-1?asOfSequence=3").json()).isEqualTo(live);
    }

    @Test
    void the_case_as_it_stood_after_its_first_event() {
        JsonNode atEnrolment = api.get("ann", "/api/cases/pit-1?asOfSequence=0").json();

        assertThat(atEnrolment.get("caseManagerId").asString()).isEqualTo("alice");
        assertThat(atEnrolment.get("status").asString()).isEqualTo("ENROLLED");
        assertThat(atEnrolment.get("careTeam").size()).isZero();
    }

    @Test
    void as_of_an_instant_includes_the_event_stamped_at_it() {
        JsonNode atCareTeam = api.get("ann", "/api/cases/pit-1?asOf=" + events.get(2).get("timestamp").asString()).json();

        assertThat(atCareTeam.get("lastSequence").asLong()).isEqualTo(2);
        assertThat(atCareTeam.get("caseManagerId").asString()).isEqualTo("bob");
    }

    @Test
    void before_its_first_event_the_case_is_not_found() {
        assertThat(api.get("ann", "/api/cases/pit-1?asOf=2000-01-01T00:00:00Z").status()).isEqualTo(404);
    }

    @Test
    void case_managers_see_only_the_live_view() {
        assertThat(api.get("bob", "/api/cases/pit-1?asOfSequence=0").status()).isEqualTo(403);
    }

    @Test
    void an_as_of_that_is_no_instant_is_a_400_naming_it() {
        assertThat(api.get("ann", "/api/cases/pit-1?asOf=last-tuesday").json().get("field").asString()).isEqualTo("asOf");
    }

    @Test
    void the_diff_between_two_events_names_each_changed_path_with_before_and_after() {
        JsonNode changes = api.get("ann", "/api/cases/pit-1/diff?fromSequence=0&toSequence=3").json().get("changes");

        assertThat(changes.findValuesAsString("path")).contains("/caseManagerId", "/status", "/closureReason", "/careTeam");
        JsonNode caseManager = null;
        for (JsonNode change : changes) {
            caseManager = change.get("path").asString().equals("/caseManagerId") ? change : caseManager;
        }
        assertThat(caseManager.get("before").asString()).isEqualTo("alice");
        assertThat(caseManager.get("after").asString()).isEqualTo("bob");
    }

    /** An auditor copies an event's timestamp from the history: every point-in-time read includes that event. */
    @Test
    void an_instant_copied_from_the_history_includes_its_event_in_the_case_view() {
        assertThat(api.get("ann", "/api/cases/pit-1?asOf=" + closedAt()).json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get("ann", "/api/cases/pit-1?asOf=" + closedAt().plusMillis(1)).json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get("ann", "/api/cases/pit-1?asOf=" + closedAt().minusMillis(1)).json().get("status").asString()).isEqualTo("ENROLLED");
    }

    @Test
    void an_instant_copied_from_the_history_includes_its_event_in_the_history() {
        assertThat(types("to=" + closedAt())).endsWith("CaseClosed");
        assertThat(types("to=" + closedAt().plusMillis(1))).endsWith("CaseClosed");
        assertThat(types("to=" + closedAt().minusMillis(1))).doesNotContain("CaseClosed");
        assertThat(types("from=" + closedAt())).containsExactly("CaseClosed");
        assertThat(types("from=" + closedAt().plusMillis(1))).isEmpty();
    }

    @Test
    void an_instant_copied_from_the_history_includes_its_event_in_the_diff() {
        Instant before = closedAt().minusMillis(1);
        Instant after = closedAt().plusMillis(1);

        assertThat(changedPaths("from=" + before + "&to=" + closedAt())).contains("/status");
        assertThat(changedPaths("from=" + before + "&to=" + after)).contains("/status");
        assertThat(changedPaths("from=" + closedAt() + "&to=" + after)).doesNotContain("/status");
        assertThat(changedPaths("fromSequence=0&to=" + before)).doesNotContain("/status");
    }
}
