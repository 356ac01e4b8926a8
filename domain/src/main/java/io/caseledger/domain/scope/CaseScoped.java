package io.caseledger.domain.scope;

/**
 * An answer about one case. The query bus hides it (as not found) unless the viewer may read cases
 * of its case manager (or, while it has none, of its intake team), so a handler that fetches by id
 * cannot leak another caseload's case.
 */
public interface CaseScoped {

    String caseManagerId();

    /** The team whose intake queue holds the case while no case manager has it; null once assigned, or for old referrals. */
    String intakeTeam();
}
