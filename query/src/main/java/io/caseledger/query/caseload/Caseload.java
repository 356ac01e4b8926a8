package io.caseledger.query.caseload;

import java.util.List;

/**
 * A case manager's open cases. {@code rebuilding} is true while the caseload projection is being
 * rebuilt from the event store: the list may then be incomplete.
 */
public record Caseload(String caseManagerId, int openCases, List<CaseloadEntry> cases, boolean rebuilding) {

    public Caseload withRebuilding(boolean rebuilding) {
        return new Caseload(caseManagerId, openCases, cases, rebuilding);
    }
}
