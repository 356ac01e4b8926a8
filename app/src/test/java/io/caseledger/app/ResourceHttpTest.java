package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The community resource directory, and referrals that may only name an active resource. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResourceHttpTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        registry.add("caseledger.mongodb.embedded.data-dir", () -> dataDir.toString());
        registry.add("caseledger.mongodb.embedded.port", () -> 0);
    }

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
}
