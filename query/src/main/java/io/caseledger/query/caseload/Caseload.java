package io.caseledger.query.caseload;

import java.util.List;

/**
 * A page of a case manager's open cases; {@code openCases} counts the whole caseload, and
 * {@code nextCursor} fetches the next page (null on the last). {@code rebuilding} is true while the
 * caseload projection is being rebuilt from the event store: the list may then be incomplete.
 */
public record Caseload(String caseManagerId, int openCases, List<CaseloadEntry> cases, String nextCursor, boolean rebuilding) {

    public Caseload withRebuilding(boolean rebuilding) {
        return new Caseload(caseManagerId, openCases, cases, nextCursor, rebuilding);
    }
}
