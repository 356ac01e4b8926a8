package io.caseledger.app;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Cases with a known history, for the tests of history, point-in-time reads, the access log and the hash chain. */
final class CaseHistories {

    private CaseHistories() {
    }

    /**
     * Enrolled by sam into alice's caseload (correlation id {@code corr-<caseId>}), transferred to bob
     * ("Language match"), a PCP added to the care team, closed as MOVED: four events, one per command.
     */
    static void caseWithHistory(Api api, String caseId) {
        assertThat(api.post("sam", "/api/cases", Api.enrolment(caseId, "Maria", "Lopez")
                .replace("\"caseId\"", "\"caseManagerId\":\"alice\",\"caseId\""), "corr-" + caseId).status()).isEqualTo(201);
        assertThat(api.post("sam", "/api/cases/" + caseId + "/transfer", "{\"toCaseManagerId\":\"bob\",\"reason\":\"Language match\"}").status()).isEqualTo(200);
        assertThat(api.post("bob", "/api/cases/" + caseId + "/care-team", "{\"role\":\"PCP\",\"name\":\"Dr. Rivera\"}").status()).isEqualTo(201);
        assertThat(api.post("bob", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(200);
    }

    /** The server's verification report of the case's hash chain, as the auditor asks for it. */
    static JsonNode verify(Api api, String caseId) {
        Api.Response report = api.get("ann", "/api/cases/" + caseId + "/verify");
        assertThat(report.status()).isEqualTo(200);
        return report.json();
    }
}
