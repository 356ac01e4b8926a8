package io.caseledger.app.pages;

import io.caseledger.app.HttpTest;
import io.caseledger.app.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervisors, auditors and operators in a real browser: the team dashboard kept live and its
 * drill-in and reassignment, the auditor's replay (its as-of view is the API's answer), and the
 * projections page with a rebuild. REPORTING has no pages.
 */
// Stores of its own in target/test-stores (HttpTest): a @TempDir would be deleted after the class while the
// cached application still runs its PostgreSQL on it, which then outlives the test JVM.
@HttpTest(properties = HttpTest.OWN_STORES + "=OversightPagesBrowserTest")
class OversightPagesBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void a_supervisor_watches_the_team_live_drills_in_and_reassigns() throws Exception {
        Api api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("team-1", "Mary", "Seacole")).status()).isEqualTo(201);
        try (Browser supervisor = Browser.open(port); Browser caseManager = Browser.open(port)) {
            supervisor.signIn("sam");
            assertThat(supervisor.driver().getCurrentUrl()).endsWith("/app/teams/north");
            String before = supervisor.text("#team tr[data-cm=bob] .open");
            // Once a change re-renders the marked table, the page is listening.
            ((JavascriptExecutor) supervisor.driver()).executeScript("document.querySelector('#team table').setAttribute('data-rendered', 'page')");
            assertThat(api.post("alice", "/api/cases/team-1/contacts",
                    "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\",\"occurredAt\":\"" + Instant.now() + "\"}").status()).isEqualTo(201);
            supervisor.waitUntil(d -> supervisor.all("#team table[data-rendered]").isEmpty());
            supervisor.assertAccessible();
            supervisor.screenshot("team");

            caseManager.signIn("bob");
            caseManager.go("/app/enrol");
            caseManager.find("#given").sendKeys("Florence");
            caseManager.find("#family").sendKeys("Nightingale");
            CaseManagerPagesBrowserTest.date(caseManager, "#dob", "1980-05-12");
            caseManager.clickAndWait("main form button[type=submit]");
            supervisor.waitUntil(Duration.ofSeconds(2), d -> !supervisor.text("#team tr[data-cm=bob] .open").equals(before));

            supervisor.clickAndWait("#team tr[data-cm=alice] a");
            assertThat(supervisor.driver().getCurrentUrl()).endsWith("/app/caseloads/alice");
            supervisor.assertAccessible();
            supervisor.clickAndWait("#rows tr[data-case=team-1] a");
            new Select(supervisor.find("#transfer-to")).selectByValue("bob");
            supervisor.find("#transfer-reason").sendKeys("Balancing the load");
            supervisor.clickAndWait("form:has(input[name=form][value=transfer]) button[type=submit]");
            assertThat(supervisor.all(".error")).isEmpty();
            assertThat(api.get("bob", "/api/cases/team-1").json().get("caseManagerId").asString()).isEqualTo("bob");
            supervisor.assertAccessible();
            supervisor.screenshot("case-supervisor");
        }
    }

    @Test
    void an_auditor_replays_a_case_and_the_as_of_view_is_the_apis_answer() throws Exception {
        Api api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("audit-1", "Edith", "Cavell")).status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/audit-1/notes", "{\"text\":\"First visit went well\"}").status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/audit-1/contacts",
                "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\",\"occurredAt\":\"" + Instant.now() + "\"}").status()).isEqualTo(201);
        try (Browser auditor = Browser.open(port)) {
            auditor.signIn("ann");
            assertThat(auditor.driver().getCurrentUrl()).endsWith("/app/replay");
            auditor.find("#caseId").sendKeys("audit-1");
            auditor.clickAndWait("main form button[type=submit]");
            assertThat(auditor.text("#chain")).contains("verified over 3 events");
            assertThat(auditor.all("#history tbody tr")).hasSize(3);

            auditor.go("/app/replay/cases/audit-1?asOfSequence=1");
            JsonMapper json = JsonMapper.builder().build();
            assertThat(json.readTree(auditor.text("#as-of")))
                    .isEqualTo(json.readTree(api.get("ann", "/api/cases/audit-1?asOfSequence=1").body()));

            String noteWritten = api.get("ann", "/api/cases/audit-1/history").json().at("/events/1/timestamp").asString();
            auditor.go("/app/replay/cases/audit-1");
            auditor.find("#asOf").sendKeys(noteWritten);
            auditor.clickAndWait("form:has(#asOf) button");
            assertThat(json.readTree(auditor.text("#as-of")))
                    .isEqualTo(json.readTree(api.get("ann", "/api/cases/audit-1?asOf=" + noteWritten).body()))
                    .isNotEqualTo(json.readTree(api.get("ann", "/api/cases/audit-1").body()));

            auditor.go("/app/replay/cases/audit-1?type=CaseNoteWritten");
            assertThat(auditor.all("#history tbody tr")).hasSize(1);
            auditor.go("/app/replay/cases/audit-1?diffFrom=0&diffTo=2");
            assertThat(auditor.text("#diff")).contains("/record/contacts");
            assertThat(auditor.text("#ncqa")).contains("NOT MET");
            assertThat(auditor.text("#accesses")).contains("ann");
            auditor.assertAccessible();
            auditor.screenshot("replay");
            auditor.go("/app/replay/cases/audit-1/export?format=csv");
            assertThat(auditor.driver().getPageSource()).contains("CaseNoteWritten");
        }
    }

    @Test
    void an_operator_sees_projections_and_rebuilds_one_and_reporting_has_no_pages() throws Exception {
        try (Browser admin = Browser.open(port); Browser reporting = Browser.open(port)) {
            admin.signIn("ada");
            assertThat(admin.driver().getCurrentUrl()).endsWith("/app/admin");
            assertThat(admin.all("#projections tr[data-projection]")).isNotEmpty();
            admin.clickAndWait("#projections tr[data-projection=caseload] button");
            assertThat(admin.text(".notice")).contains("caseload");
            admin.waitUntil(Duration.ofSeconds(20), d -> admin.text("#projections tr[data-projection=caseload] .state").contains("running"));
            admin.assertAccessible();
            admin.screenshot("admin");
            admin.go("/app/cases/any");
            assertThat(admin.text("main")).contains("Not available to your role");

            reporting.signIn("rae");
            assertThat(reporting.text("h1")).isEqualTo("Not available to your role");
            reporting.assertAccessible();
        }
    }
}
