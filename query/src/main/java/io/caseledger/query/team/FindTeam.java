package io.caseledger.query.team;

import java.util.List;

/** The team view of {@code team}, whose case managers (from the staff configuration) are {@code caseManagerIds}. */
public record FindTeam(String team, List<String> caseManagerIds) {
}
