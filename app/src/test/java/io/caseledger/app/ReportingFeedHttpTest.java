package io.caseledger.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reporting feed: complete, in order, resumable, and without names, notes or case ids. */
@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingFeedHttpTest {

    @LocalServerPort
    int port;

    private Api api;
    /** What the feed gave, one event a page, after the fixture's work. */
    private final List<JsonNode> all = new ArrayList<>();
    /** The cursor the last of those pages gave. */
    private String cursor;

    /** Two enrolments and a note (and a read, which is audit, not reporting), paged through one event at a time. */
    @BeforeAll
    void feed() {
        api = new Api(port);
        cursor = endOfFeed(api);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("feed-1", "Philippa", "Ormsby")).status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/feed-1/notes", "{\"text\":\"Philippa mentioned her neighbour Ruthven\"}").status())
                .isEqualTo(201);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("feed-2", "Cosimo", "Villiers")).status()).isEqualTo(201);
        assertThat(api.get("alice", "/api/cases/feed-1").status()).isEqualTo(200);
        int pages = 0;
        do {
            JsonNode page = api.get("rae", "/api/feed?limit=1" + (cursor == null ? "" : "&after=" + cursor)).json();
            page.get("events").forEach(all::add);
            cursor = page.get("next").asString();
            pages++;
            if (!page.get("more").asBoolean()) {
                break;
            }
        } while (pages < 20);
    }

    @Test
    void the_feed_pages_through_every_case_event_in_order_and_no_read() {
        assertThat(all).extracting(e -> e.get("type").asString()).containsExactly("ClientEnrolled", "CaseNoteWritten", "ClientEnrolled");
    }

    @Test
    void the_feed_names_no_client_note_case_or_member_of_staff() {
        assertThat(all.toString()).doesNotContain("Philippa", "Ormsby", "Ruthven", "Cosimo", "Villiers", "1975-04-02", "feed-1", "feed-2", "alice");
    }

    @Test
    void each_case_is_one_pseudonymous_subject() {
        assertThat(all.get(0).get("subject").asString()).startsWith("p-").isEqualTo(all.get(1).get("subject").asString())
                .isNotEqualTo(all.get(2).get("subject").asString());
    }

    @Test
    void staff_appear_under_a_pseudonym_with_their_role() {
        assertThat(all.get(0).get("payload").get("caseManagerId").asString()).startsWith("p-");
        assertThat(all.get(0).get("actorRole").asString()).isEqualTo("CASE_MANAGER");
    }

    @Test
    void personal_details_are_left_out_not_sealed() {
        assertThat(all.get(0).get("payload").has("client")).isFalse();
    }

    @Test
    void each_event_carries_its_revision() {
        assertThat(all.get(0).get("revision").asString()).isEqualTo("1");
    }

    @Test
    void resuming_from_the_last_cursor_gives_only_what_happened_since() {
        assertThat(api.post("alice", "/api/cases/feed-2/notes", "{\"text\":\"later\"}").status()).isEqualTo(201);

        JsonNode next = api.get("rae", "/api/feed?after=" + cursor).json();

        assertThat(next.get("events")).hasSize(1);
        assertThat(next.get("events").get(0).get("type").asString()).isEqualTo("CaseNoteWritten");
    }

    @Test
    void a_cursor_that_is_not_one_is_a_400_naming_after() {
        assertThat(api.get("rae", "/api/feed?after=bm90LWEtY3Vyc29y").json().get("field").asString()).isEqualTo("after");
    }

    @Test
    void a_limit_of_zero_is_a_400_naming_it() {
        assertThat(api.get("rae", "/api/feed?limit=0").json().get("field").asString()).isEqualTo("limit");
    }

    @Test
    void only_reporting_reads_the_feed_and_reporting_reads_nothing_else() {
        assertThat(api.get("ann", "/api/feed").status()).isEqualTo(403);
        assertThat(api.get("rae", "/api/cases/feed-1").status()).isEqualTo(403);
    }

    /** The cursor after everything other tests sharing this application recorded (null: nothing yet). */
    private static String endOfFeed(Api api) {
        String cursor = null;
        JsonNode page;
        do {
            page = api.get("rae", "/api/feed?limit=1000" + (cursor == null ? "" : "&after=" + cursor)).json();
            cursor = page.get("next").isNull() ? cursor : page.get("next").asString();
        } while (page.get("more").asBoolean());
        return cursor;
    }

    /**
     * A cursor is a position the feed reached. One it never gave out, ahead of the store's last event
     * or before its first, would silently skip events (or never see any until the store grew past
     * it): refused, naming {@code after}, like any other cursor the feed did not give out.
     */
    @Test
    void a_well_formed_cursor_the_feed_never_gave_out_is_refused() {
        for (String forged : List.of("gap:{\"index\":999999,\"gaps\":[]}", "gap:{\"index\":-5,\"gaps\":[]}")) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
            Api.Response answer = api.get("rae", "/api/feed?after=" + cursor);
            assertThat(answer.status()).as(forged).isEqualTo(400);
            assertThat(answer.json().get("field").asString()).as(forged).isEqualTo("after");
        }
    }
}
