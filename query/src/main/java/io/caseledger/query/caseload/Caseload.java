package io.caseledger.query.caseload;

import java.util.List;

/**
 * A page of a case manager's open cases; {@code openCases} counts the whole caseload, and
 * {@code nextCursor} fetches the next page (null on the last).
 */
public record Caseload(String caseManagerId, int openCases, List<CaseloadEntry> cases, String nextCursor) {
}
