package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The community resource directory (registering, listing, looking up), and referrals that may only name an active resource. */
@HttpTest
class ResourceHttpTest {

    @LocalServerPort
    int port;

    private static final String PANTRY = """
            {"details":{"name":"Eastside Food Pantry","serviceType":"COMMUNITY_SERVICE","phone":"555-0100",
             "languages":["en","es"],"eligibility":"Eastside residents"}}""";

    private static String referralTo(String resourceId) {
        return """
                {"type":"COMMUNITY_SERVICE","recipient":{"organisation":"Eastside Food Pantry"},"resourceId":"%s",
                 "reason":"Food insecurity","dueBy":"%s"}""".formatted(resourceId, LocalDate.now().plusDays(7));
    }

    @Test
    void referrals_name_only_active_resources() {
        Api api = new Api(port);
        api.post("alice", "/api/cases", Api.enrolment("res-case", "Ruth", "Bader"));
        Api.Response registered = api.post("alice", "/api/resources", PANTRY);
        assertThat(registered.status()).isEqualTo(201);
        String resourceId = registered.json().get("resourceId").asString();

        assertThat(api.post("alice", "/api/cases/res-case/referrals", referralTo(resourceId)).status()).isEqualTo(201);
        Api.Response unknown = api.post("alice", "/api/cases/res-case/referrals", referralTo("no-such-resource"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("code").asString()).isEqualTo("unknown-resource");

        assertThat(api.post("alice", "/api/resources/" + resourceId + "/deactivation", "{\"reason\":\"Closed\"}").status()).isEqualTo(403);
        assertThat(api.post("sam", "/api/resources/" + resourceId + "/deactivation", "{\"reason\":\"Closed\"}").status()).isEqualTo(200);
        Api.Response inactive = api.post("alice", "/api/cases/res-case/referrals", referralTo(resourceId));
        assertThat(inactive.status()).isEqualTo(422);
        assertThat(inactive.json().get("code").asString()).isEqualTo("resource-inactive");
        assertThat(api.post("alice", "/api/resources/" + resourceId + "/update", PANTRY).status()).isEqualTo(422);

        Api.Response nameless = api.post("alice", "/api/resources", PANTRY.replace("Eastside Food Pantry", " "));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.json().get("field").asString()).isEqualTo("details.name");
    }

    private static String resource(String name, String type, String languages) {
        return """
                {"details":{"name":"%s","serviceType":"%s","phone":"555-0100","languages":[%s]}}""".formatted(name, type, languages);
    }

    private static List<String> names(Api.Response list) {
        return list.json().get("resources").findValuesAsString("name");
    }

    @Test
    void the_directory_lists_active_resources_by_name_filtered_and_paged() {
        Api api = new Api(port);
        String ride = api.post("sam", "/api/resources", resource("dir Rides to Care", "TRANSPORT", "\"en\"")).json().get("resourceId").asString();
        api.post("alice", "/api/resources", resource("dir Bus Passes", "TRANSPORT", "\"en\",\"es\""));
        api.post("ada", "/api/resources", resource("dir Interpreters Plus", "INTERPRETER", "\"es\",\"pt\""));
        String closed = api.post("alice", "/api/resources", resource("dir Closed Clinic", "TRANSPORT", "\"en\"")).json().get("resourceId").asString();
        api.post("sam", "/api/resources/" + closed + "/deactivation", "{\"reason\":\"Closed\"}");
        api.post("alice", "/api/resources/" + ride + "/update", resource("dir Rides to Care", "TRANSPORT", "\"en\",\"so\""));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(names(api.get("alice", "/api/resources?q=DIR"))).as("active only, by name, q ignores case")
                    .containsExactly("dir Bus Passes", "dir Interpreters Plus", "dir Rides to Care");
            assertThat(api.get("alice", "/api/resources/" + ride).json().get("languages").toString()).isEqualTo("[\"en\",\"so\"]");
        });
        assertThat(names(api.get("ann", "/api/resources?q=dir&serviceType=TRANSPORT"))).containsExactly("dir Bus Passes", "dir Rides to Care");
        assertThat(names(api.get("sam", "/api/resources?q=dir&language=es"))).containsExactly("dir Bus Passes", "dir Interpreters Plus");
        assertThat(names(api.get("ada", "/api/resources?q=dir&language=es&serviceType=INTERPRETER"))).containsExactly("dir Interpreters Plus");

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = api.get("alice", "/api/resources?q=dir&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            paged.addAll(names(page));
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
        } while (cursor != null);
        assertThat(paged).containsExactly("dir Bus Passes", "dir Interpreters Plus", "dir Rides to Care");

        Api.Response deactivated = api.get("alice", "/api/resources/" + closed);
        assertThat(deactivated.status()).as("a past referral may still name it").isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(deactivated.json().get("serviceType").asString()).isEqualTo("TRANSPORT");
        Api.Response missing = api.get("alice", "/api/resources/no-such-resource");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("resource-not-found");

        Api.Response badType = api.get("alice", "/api/resources?serviceType=FOOD");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("field").asString()).isEqualTo("serviceType");
        assertThat(api.get("alice", "/api/resources?limit=0").json().get("field").asString()).isEqualTo("limit");
        assertThat(api.get("alice", "/api/resources?q=" + "x".repeat(101)).json().get("field").asString()).isEqualTo("q");
        assertThat(api.get("rae", "/api/resources").status()).as("reporting sees only the feed").isEqualTo(403);
    }
}
