package io.caseledger.app.pages;

import io.caseledger.app.HttpTest;
import io.caseledger.app.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case manager's day in a real browser: sign in, the caseload kept live while another browser
 * works, the case page's forms (the API's refusals next to the field they name, the consent rule
 * shown as the rule it is), the PHQ-9 chart, and another case manager's case as not found.
 */
// Stores of its own in target/test-stores (HttpTest): a @TempDir would be deleted after the class while the
// cached application still runs its PostgreSQL on it, which then outlives the test JVM.
@HttpTest(properties = HttpTest.OWN_STORES + "=CaseManagerPagesBrowserTest")
class CaseManagerPagesBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void the_caseload_follows_a_change_made_in_another_browser_within_two_seconds() throws Exception {
        Api api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("web-1", "Grace", "Hopper")).status()).isEqualTo(201);
        try (Browser watching = Browser.open(port); Browser working = Browser.open(port, 820)) {
            watching.signIn("alice");
            assertThat(watching.driver().getCurrentUrl()).endsWith("/app/caseload");
            watching.waitUntil(d -> !watching.all("#rows tr[data-case='web-1']").isEmpty());
            // Once a change re-renders the marked rows, the page is listening.
            ((JavascriptExecutor) watching.driver()).executeScript("document.querySelector('#rows tr').setAttribute('data-rendered', 'page')");
            assertThat(api.post("alice", "/api/cases/web-1/contacts",
                    "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\",\"occurredAt\":\"" + Instant.now() + "\"}").status()).isEqualTo(201);
            watching.waitUntil(d -> watching.all("#rows tr[data-rendered]").isEmpty());
            watching.assertAccessible();
            watching.screenshot("caseload");

            working.signIn("alice");
            working.go("/app/enrol");
            working.find("#given").sendKeys("Ada");
            working.find("#family").sendKeys("Byron");
            date(working, "#dob", "1990-01-02");
            working.assertAccessible();
            working.screenshot("enrol-tablet");
            working.clickAndWait("main form button[type=submit]");
            assertThat(working.driver().getCurrentUrl()).contains("/app/cases/");
            long acted = System.nanoTime();

            watching.waitUntil(Duration.ofSeconds(2), d -> watching.text("#rows").contains("Byron, Ada"));
            assertThat(Duration.ofNanos(System.nanoTime() - acted)).isLessThan(Duration.ofSeconds(2));
            assertThat(watching.driver().getCurrentUrl()).as("no reload").endsWith("/app/caseload");

            // A tablet (820 px wide): the case page and the caseload fit without scrolling the page sideways.
            working.assertFitsWidth();
            working.assertAccessible();
            working.screenshot("case-tablet");
            working.go("/app/caseload");
            working.waitUntil(d -> !working.all("#rows tr").isEmpty());
            working.assertFitsWidth();
            working.screenshot("caseload-tablet");
        }
    }

    @Test
    void the_case_page_records_through_the_api_and_shows_its_refusals_next_to_the_field() throws Exception {
        Api api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("web-2", "Alan", "Turing")).status()).isEqualTo(201);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("alice").go("/app/cases/web-2");
            assertThat(browser.driver().getTitle()).doesNotContain("Turing").contains("web-2");
            assertThat(browser.text("#case-status")).isEqualTo("ENROLLED");

            // A contact without its mode: the API's refusal, next to the field it names.
            new Select(browser.find("#contact-outcome")).selectByValue("SUCCESSFUL");
            browser.find("#contact-note").sendKeys("Called about housing");
            submit(browser, "contact");
            assertThat(browser.text("#contact-mode-error")).contains("required");
            assertThat(browser.driver().getPageSource()).as("the input is not echoed").doesNotContain("Called about housing");

            new Select(browser.find("#contact-mode")).selectByValue("PHONE");
            new Select(browser.find("#contact-outcome")).selectByValue("SUCCESSFUL");
            browser.find("#contact-note").sendKeys("Called about housing");
            submit(browser, "contact");
            assertThat(browser.text("[aria-labelledby=contacts-heading]")).contains("PHONE, SUCCESSFUL: Called about housing");
            assertThat(api.get("alice", "/api/cases/web-2").json().at("/record/contacts/0/contact/mode").asString()).isEqualTo("PHONE");

            // Two PHQ-9s: the server scores them, the chart draws them with the response and remission markers.
            score(browser, "2", "2025-11-03");
            score(browser, "0", "2025-12-01");
            assertThat(browser.text("[aria-labelledby=trend-heading] table")).contains("18").contains("0");
            assertThat(browser.text("[aria-labelledby=trend-heading] ul")).contains("RemissionAchieved");
            Object drawn = ((JavascriptExecutor) browser.driver())
                    .executeScript("var c = Chart.getChart('trend'); return c ? c.data.datasets[0].data.filter(function (v) { return v !== null; }).length : -1;");
            assertThat(drawn).isEqualTo(2L);

            // A referral sent without a consent covering it: refused, and the refusal is the rule.
            new Select(browser.find("#ref-type")).selectByValue("COMMUNITY_SERVICE");
            browser.find("#ref-org").sendKeys("Food bank");
            new Select(browser.find("#ref-cat")).selectByValue("COMMUNITY_SERVICE");
            date(browser, "#ref-due", LocalDate.now().plusDays(14).toString());
            browser.find("#ref-reason").sendKeys("Food insecurity");
            new Select(browser.find("#ref-urgency")).selectByValue("ROUTINE");
            submit(browser, "referral");
            browser.clickAndWait("[aria-labelledby=referrals-heading] form button");
            assertThat(browser.text("[aria-labelledby=referrals-heading]")).contains("Refused (consent-required)");
            browser.assertAccessible();
            browser.screenshot("case");
        }
    }

    @Test
    void another_case_managers_case_is_the_same_not_found_page_as_a_missing_one() throws Exception {
        Api api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("web-3", "Rosalind", "Franklin")).status()).isEqualTo(201);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("bob").go("/app/cases/web-3");
            String theirs = browser.text("main");
            browser.go("/app/cases/no-such-case");
            assertThat(browser.text("main")).isEqualTo(theirs).contains("Case not found");
            assertThat(theirs).doesNotContain("Franklin");
            browser.assertAccessible();
            browser.screenshot("case-not-found");
            browser.go("/app/caseloads/alice");
            assertThat(browser.text("main")).doesNotContain("Franklin").contains("outside-caseload-scope");
        }
    }

    private static void submit(Browser browser, String form) {
        browser.clickAndWait("form:has(input[name=form][value='" + form + "']) button[type=submit]");
    }

    /** Date inputs take keys in the browser's locale; the value is set as the form sends it. */
    static void date(Browser browser, String css, String isoDay) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(css), isoDay);
    }

    private static void score(Browser browser, String answer, String day) {
        for (var item : browser.all("form:has(input[name=form][value=PHQ9]) select[name=items]")) {
            new Select(item).selectByValue(answer);
        }
        date(browser, "#PHQ9-on", day);
        submit(browser, "PHQ9");
        assertThat(browser.all(".error")).as("score of %s recorded", day).isEmpty();
    }
}
