package io.caseledger.query.access;

import java.util.List;

/** The answer to {@link FindAccesses}. */
public record AccessLog(List<Access> accesses) {
}
