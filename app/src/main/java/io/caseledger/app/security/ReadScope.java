package io.caseledger.app.security;

import io.caseledger.domain.scope.CaseScope;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.domain.shared.QueryRefused;
import io.caseledger.domain.summary.CaseSummary;
import org.springframework.stereotype.Component;

/**
 * Caseload scope for the reads that fold the event store directly (case view, history, diff, NCQA
 * review) rather than asking the query bus; the same {@link CaseScope} rules the bus applies.
 */
@Component
public class ReadScope {

    private final TeamRoster roster;

    ReadScope(TeamRoster roster) {
        this.roster = roster;
    }

    /** A case outside the caller's scope answers 404 like a missing one, so its existence is not disclosed. */
    public void requireCase(CaseSummary now) {
        if (!canReadCase(now.getCaseManagerId(), now.getIntakeTeam())) {
            throw QueryRefused.noSuchCase();
        }
    }

    public void requireCaseload(String caseManagerId) {
        if (!CaseScope.canReadCaseload(Actor.require().viewer(), caseManagerId, roster)) {
            throw QueryRefused.forbidden("outside-caseload-scope", "That caseload is outside your scope.");
        }
    }

    /** Judged on the case as it stands now: its case manager, or while it has none, its intake team. */
    public boolean canReadCase(String caseManagerId, String intakeTeam) {
        return CaseScope.canRead(Actor.require().viewer(), caseManagerId, intakeTeam, roster);
    }
}
