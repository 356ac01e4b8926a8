package io.caseledger.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The community resource directory (registering, listing, looking up), and referrals that may only name
 * an active resource. The directory's "dir" resources are registered once for the class.
 */
@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourceHttpTest {

    @LocalServerPort
    int port;
    private Api api;
    private String ride;
    private String closed;

    private static final String PANTRY = """
            {"details":{"name":"Eastside Food Pantry","serviceType":"COMMUNITY_SERVICE","phone":"555-0100",
             "languages":["en","es"],"eligibility":"Eastside residents"}}""";

    private static String referralTo(String resourceId) {
        return """
                {"type":"COMMUNITY_SERVICE","recipient":{"organisation":"Eastside Food Pantry"},"resourceId":"%s",
                 "reason":"Food insecurity","dueBy":"%s"}""".formatted(resourceId, LocalDate.now().plusDays(7));
    }

    private static String resource(String name, String type, String languages) {
        return """
                {"details":{"name":"%s","serviceType":"%s","phone":"555-0100","languages":[%s]}}""".formatted(name, type, languages);
    }

    private static List<String> names(Api.Response list) {
        return list.json().get("resources").findValuesAsString("name");
    }

    /** A pantry registered for a case enrolled under {@code caseId}; its id. */
    private String pantryFor(String caseId) {
        assertThat(api.post("alice", "/api/cases", Api.enrolment(caseId, "Ruth", "Bader")).status()).isEqualTo(201);
        Api.Response registered = api.post("alice", "/api/resources", PANTRY);
        assertThat(registered.status()).isEqualTo(201);
        return registered.json().get("resourceId").asString();
    }

    /** Three active "dir" resources (one updated) and one deactivated, as the directory shows them once caught up. */
    @BeforeAll
    void directory() {
        api = new Api(port);
        ride = api.post("sam", "/api/resources", resource("dir Rides to Care", "TRANSPORT", "\"en\"")).json().get("resourceId").asString();
        api.post("alice", "/api/resources", resource("dir Bus Passes", "TRANSPORT", "\"en\",\"es\""));
        api.post("ada", "/api/resources", resource("dir Interpreters Plus", "INTERPRETER", "\"es\",\"pt\""));
        closed = api.post("alice", "/api/resources", resource("dir Closed Clinic", "TRANSPORT", "\"en\"")).json().get("resourceId").asString();
        api.post("sam", "/api/resources/" + closed + "/deactivation", "{\"reason\":\"Closed\"}");
        api.post("alice", "/api/resources/" + ride + "/update", resource("dir Rides to Care", "TRANSPORT", "\"en\",\"so\""));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(names(api.get("alice", "/api/resources?q=dir"))).hasSize(3);
            assertThat(api.get("alice", "/api/resources/" + ride).json().get("languages")).hasSize(2);
        });
    }

    @Test
    void a_referral_may_name_a_registered_resource_but_not_an_unknown_one() {
        String resourceId = pantryFor("res-1");

        assertThat(api.post("alice", "/api/cases/res-1/referrals", referralTo(resourceId)).status()).isEqualTo(201);
        Api.Response unknown = api.post("alice", "/api/cases/res-1/referrals", referralTo("no-such-resource"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("code").asString()).isEqualTo("unknown-resource");
    }

    @Test
    void a_supervisor_deactivates_a_resource_and_a_case_manager_may_not() {
        String resourceId = pantryFor("res-2");

        assertThat(api.post("alice", "/api/resources/" + resourceId + "/deactivation", "{\"reason\":\"Closed\"}").status()).isEqualTo(403);
        assertThat(api.post("sam", "/api/resources/" + resourceId + "/deactivation", "{\"reason\":\"Closed\"}").status()).isEqualTo(200);
    }

    @Test
    void a_deactivated_resource_takes_no_referral_and_no_update() {
        String resourceId = pantryFor("res-3");
        assertThat(api.post("sam", "/api/resources/" + resourceId + "/deactivation", "{\"reason\":\"Closed\"}").status()).isEqualTo(200);

        Api.Response inactive = api.post("alice", "/api/cases/res-3/referrals", referralTo(resourceId));
        assertThat(inactive.status()).isEqualTo(422);
        assertThat(inactive.json().get("code").asString()).isEqualTo("resource-inactive");
        assertThat(api.post("alice", "/api/resources/" + resourceId + "/update", PANTRY).status()).isEqualTo(422);
    }

    @Test
    void a_resource_without_a_name_is_a_400_naming_the_field() {
        Api.Response nameless = api.post("alice", "/api/resources", PANTRY.replace("Eastside Food Pantry", " "));

        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.json().get("field").asString()).isEqualTo("details.name");
    }

    @Test
    void the_directory_lists_only_active_resources_by_name_and_q_ignores_case() {
        assertThat(names(api.get("alice", "/api/resources?q=DIR"))).containsExactly("dir Bus Passes", "dir Interpreters Plus", "dir Rides to Care");
    }

    @Test
    void an_update_replaces_the_resources_details() {
        assertThat(api.get("alice", "/api/resources/" + ride).json().get("languages").toString()).isEqualTo("[\"en\",\"so\"]");
    }

    @Test
    void service_type_and_language_narrow_the_directory() {
        assertThat(names(api.get("ann", "/api/resources?q=dir&serviceType=TRANSPORT"))).containsExactly("dir Bus Passes", "dir Rides to Care");
        assertThat(names(api.get("sam", "/api/resources?q=dir&language=es"))).containsExactly("dir Bus Passes", "dir Interpreters Plus");
        assertThat(names(api.get("ada", "/api/resources?q=dir&language=es&serviceType=INTERPRETER"))).containsExactly("dir Interpreters Plus");
    }

    @Test
    void the_directory_pages_through_every_resource_once_in_name_order() {
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = api.get("alice", "/api/resources?q=dir&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            paged.addAll(names(page));
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
        } while (cursor != null);

        assertThat(paged).containsExactly("dir Bus Passes", "dir Interpreters Plus", "dir Rides to Care");
    }

    @Test
    void a_deactivated_resource_is_still_found_by_its_id() {
        Api.Response deactivated = api.get("alice", "/api/resources/" + closed);

        assertThat(deactivated.status()).as("a past referral may still name it").isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(deactivated.json().get("serviceType").asString()).isEqualTo("TRANSPORT");
    }

    @Test
    void an_unknown_resource_is_404_resource_not_found() {
        Api.Response missing = api.get("alice", "/api/resources/no-such-resource");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("resource-not-found");
    }

    @Test
    void bad_directory_parameters_are_400_naming_the_parameter() {
        Api.Response badType = api.get("alice", "/api/resources?serviceType=FOOD");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("field").asString()).isEqualTo("serviceType");
        assertThat(api.get("alice", "/api/resources?limit=0").json().get("field").asString()).isEqualTo("limit");
        assertThat(api.get("alice", "/api/resources?q=" + "x".repeat(101)).json().get("field").asString()).isEqualTo("q");
    }

    @Test
    void reporting_may_not_read_the_directory() {
        assertThat(api.get("rae", "/api/resources").status()).as("reporting sees only the feed").isEqualTo(403);
    }
}
