package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reporting feed: complete, in order, resumable, and without names, notes or case ids. */
@HttpTest
class ReportingFeedHttpTest {

    @LocalServerPort
    int port;

    @Test
    void the_feed_pages_through_every_case_event_de_identified_and_resumes_from_its_cursor() {
        Api api = new Api(port);
        String cursor = endOfFeed(api);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("feed-1", "Philippa", "Ormsby")).status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/feed-1/notes", "{\"text\":\"Philippa mentioned her neighbour Ruthven\"}").status())
                .isEqualTo(201);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("feed-2", "Cosimo", "Villiers")).status()).isEqualTo(201);
        assertThat(api.get("alice", "/api/cases/feed-1").status()).as("a read: audit, not reporting").isEqualTo(200);

        List<JsonNode> all = new ArrayList<>();
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

        assertThat(all).extracting(e -> e.get("type").asString()).containsExactly("ClientEnrolled", "CaseNoteWritten", "ClientEnrolled");
        String text = all.toString();
        assertThat(text).doesNotContain("Philippa", "Ormsby", "Ruthven", "Cosimo", "Villiers", "1975-04-02", "feed-1", "feed-2");
        assertThat(all.get(0).get("subject").asString()).startsWith("p-").isEqualTo(all.get(1).get("subject").asString())
                .isNotEqualTo(all.get(2).get("subject").asString());
        assertThat(all.get(0).get("payload").get("caseManagerId").asString()).as("staff under a pseudonym").startsWith("p-");
        assertThat(text).doesNotContain("alice");
        assertThat(all.get(0).get("payload").has("client")).as("personal details are left out, not sealed").isFalse();
        assertThat(all.get(0).get("actorRole").asString()).isEqualTo("CASE_MANAGER");
        assertThat(all.get(0).get("revision").asString()).isEqualTo("1");

        // Resuming from the last cursor gives only what happened since.
        assertThat(api.post("alice", "/api/cases/feed-2/notes", "{\"text\":\"later\"}").status()).isEqualTo(201);
        JsonNode next = api.get("rae", "/api/feed?after=" + cursor).json();
        assertThat(next.get("events")).hasSize(1);
        assertThat(next.get("events").get(0).get("type").asString()).isEqualTo("CaseNoteWritten");

        assertThat(api.get("rae", "/api/feed?after=bm90LWEtY3Vyc29y").json().get("field").asString()).isEqualTo("after");
        assertThat(api.get("rae", "/api/feed?limit=0").json().get("field").asString()).isEqualTo("limit");
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
        Api api = new Api(port);
        for (String forged : List.of("gap:{\"index\":999999,\"gaps\":[]}", "gap:{\"index\":-5,\"gaps\":[]}")) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
            Api.Response answer = api.get("rae", "/api/feed?after=" + cursor);
            assertThat(answer.status()).as(forged).isEqualTo(400);
            assertThat(answer.json().get("field").asString()).as(forged).isEqualTo("after");
        }
    }
}
