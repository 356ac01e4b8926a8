package io.caseledger.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import static io.caseledger.app.CaseHistories.caseWithHistory;
import static io.caseledger.app.CaseHistories.verify;
import static org.assertj.core.api.Assertions.assertThat;

/** A case's history from the event store: who, why, the hash chain, pages, filters, exports and who may read it. */
@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryHttpTest {

    @LocalServerPort
    int port;
    private Api api;
    private JsonNode events;

    /** One case, his-1, read by every test here (none changes it). */
    @BeforeAll
    void history() {
        api = new Api(port);
        caseWithHistory(api, "his-1");
        events = api.get("ann", "/api/cases/his-1/history").json().get("events");
    }

    @Test
    void history_lists_every_event_with_who_why_and_the_requests_correlation_id() {
        assertThat(events.findValuesAsString("type")).containsExactly("ClientEnrolled", "CaseTransferred", "CareTeamMemberAdded", "CaseClosed");
        assertThat(events.get(0).get("userId").asString()).isEqualTo("sam");
        assertThat(events.get(0).get("correlationId").asString()).isEqualTo("corr-his-1");
        assertThat(events.get(1).get("payload").get("reason").asString()).isEqualTo("Language match");
        assertThat(events.get(3).get("reason").asString()).as("a coded reason is in metadata").isEqualTo("MOVED");
    }

    @Test
    void each_event_links_to_the_hash_of_the_one_before_and_the_head_is_what_verification_reports() {
        assertThat(events.get(0).get("previousHash").asString()).isEqualTo("0".repeat(64));
        for (int i = 1; i < 4; i++) {
            assertThat(events.get(i).get("previousHash").asString()).isEqualTo(events.get(i - 1).get("hash").asString());
            assertThat(events.get(i).get("sequence").asLong()).isEqualTo(i);
        }
        JsonNode report = verify(api, "his-1");
        assertThat(report.get("verified").asBoolean()).isTrue();
        assertThat(report.get("headHash").asString()).isEqualTo(events.get(3).get("hash").asString());
    }

    @Test
    void history_pages_after_a_sequence() {
        Api.Response page = api.get("ann", "/api/cases/his-1/history?limit=2&afterSequence=0");

        assertThat(page.json().get("events").findValuesAsString("type")).containsExactly("CaseTransferred", "CareTeamMemberAdded");
        assertThat(page.json().get("nextAfterSequence").asLong()).isEqualTo(2);
    }

    @Test
    void history_filters_by_event_type() {
        assertThat(api.get("ann", "/api/cases/his-1/history?type=CaseClosed").json().get("events").findValuesAsString("type"))
                .containsExactly("CaseClosed");
    }

    @Test
    void an_unknown_event_type_is_a_400_naming_the_type_rather_than_an_empty_list() {
        Api.Response unknownType = api.get("ann", "/api/cases/his-1/history?type=CaseClosed&type=CaseClozed");

        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().get("field").asString()).isEqualTo("type");
    }

    @Test
    void history_exports_as_csv_with_a_header_and_one_line_per_event() {
        Api.Response csv = api.get("ann", "/api/cases/his-1/history?format=csv");

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(5);
        assertThat(csv.body()).startsWith("sequence,timestamp,type,userId");
    }

    @Test
    void the_printable_record_lists_every_event_and_the_verification() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases/his-1/history?format=pdf"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ann:ann-demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Case record his-1", "#0  ClientEnrolled", "#3  CaseClosed", "reason: MOVED", "Language match",
                    "Hash chain verified: 4 events");
        }
    }

    @Test
    void an_unknown_export_format_is_a_400() {
        assertThat(api.get("ann", "/api/cases/his-1/history?format=xml").status()).isEqualTo(400);
    }

    @Test
    void history_is_for_auditors_supervisors_and_the_cases_own_case_manager() {
        assertThat(api.get("bob", "/api/cases/his-1/history").status()).isEqualTo(200);
        assertThat(api.get("sam", "/api/cases/his-1/history").status()).isEqualTo(200);
        assertThat(api.get("alice", "/api/cases/his-1/history").status()).as("transferred away from alice").isEqualTo(404);
        assertThat(api.get("rae", "/api/cases/his-1/history").status()).isEqualTo(403);
    }

    @Test
    void an_unknown_case_has_no_history() {
        assertThat(api.get("ann", "/api/cases/unknown/history").status()).isEqualTo(404);
    }

    @Test
    void a_from_that_is_no_instant_is_a_400_naming_it() {
        assertThat(api.get("ann", "/api/cases/his-1/history?from=yesterday").json().get("field").asString()).isEqualTo("from");
    }
}
