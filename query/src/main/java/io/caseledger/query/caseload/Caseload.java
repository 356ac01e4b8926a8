package io.caseledger.query.caseload;

import java.util.List;

/** A case manager's open cases. */
public record Caseload(String caseManagerId, int openCases, List<CaseloadEntry> cases) {
}
