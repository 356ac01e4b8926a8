package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every view read from a projection says {@code "rebuilding": true} while that projection rebuilds,
 * beside its own fields at the top level of the JSON, and the pages say the list may be incomplete;
 * both stop once the rebuild has caught up. {@link RebuildHold} keeps the rebuilds running meanwhile.
 */
@HttpTest(properties = HttpTest.OWN_STORES + "=RebuildingFlagHttpTest")
@Import(RebuildHold.class)
class RebuildingFlagHttpTest {

    /** Each view read from the caseload or the resource directory, with a field of its own. */
    private static final List<String[]> VIEWS = List.of(
            new String[]{"alice", "/api/caseloads/alice", "openCases"},
            new String[]{"sam", "/api/teams/north", "caseManagers"},
            new String[]{"alice", "/api/caseloads/alice/referrals", "referrals"},
            new String[]{"sam", "/api/teams/north/referrals", "referrals"},
            new String[]{"alice", "/api/caseloads/alice/appointments", "appointments"},
            new String[]{"sam", "/api/teams/north/appointments", "appointments"},
            new String[]{"alice", "/api/resources", "resources"});

    @LocalServerPort
    int port;

    @Test
    void views_and_pages_say_rebuilding_while_their_projection_rebuilds_and_stop_after() throws Exception {
        Api api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("flag-1", "Flora", "Flag")).status()).isEqualTo(201);
        assertThat(api.post("sam", "/api/resources", "{\"details\":{\"name\":\"Flag Rides\",\"serviceType\":\"TRANSPORT\"}}").status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("alice", "/api/caseloads/alice").json().get("openCases").asInt() == 1
                && api.get("alice", "/api/resources").json().get("resources").size() == 1);
        assertViews(api, false);

        RebuildHold.arm();
        try {
            assertThat(api.post("ada", "/api/admin/projections/caseload/rebuild", "{}").status()).isEqualTo(202);
            assertThat(api.post("ada", "/api/admin/projections/resources/rebuild", "{}").status()).isEqualTo(202);
            assertViews(api, true);
            assertThat(new PageSession(port, "alice").page("/app/caseload")).contains("The caseload is being rebuilt");
            assertThat(new PageSession(port, "sam").page("/app/teams/north")).contains("A projection is being rebuilt");
        } finally {
            RebuildHold.release();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertViews(api, false));
        assertThat(new PageSession(port, "alice").page("/app/caseload")).doesNotContain("being rebuilt");
        assertThat(new PageSession(port, "sam").page("/app/teams/north")).doesNotContain("being rebuilt");
    }

    private static void assertViews(Api api, boolean rebuilding) {
        for (String[] view : VIEWS) {
            JsonNode answer = api.get(view[0], view[1]).json();
            assertThat(answer.has(view[2])).as(view[1] + " keeps its fields at the top level").isTrue();
            assertThat(answer.path("rebuilding").isBoolean()).as(view[1] + " has rebuilding").isTrue();
            assertThat(answer.get("rebuilding").asBoolean()).as(view[1] + " rebuilding").isEqualTo(rebuilding);
        }
    }
}
