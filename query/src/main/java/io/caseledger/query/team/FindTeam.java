package io.caseledger.query.team;

import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.scope.TeamScoped;
import io.caseledger.domain.shared.Role;

/** The team view of {@code team}: its case managers are those the team roster names. */
@ReadableBy({Role.SUPERVISOR, Role.AUDITOR})
public record FindTeam(String team) implements TeamScoped {
}
