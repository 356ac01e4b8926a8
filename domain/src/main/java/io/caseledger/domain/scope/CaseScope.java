package io.caseledger.domain.scope;

import io.caseledger.domain.shared.Role;

import java.util.Objects;

/**
 * The caseload-scope rules. A case belongs to its case manager's team.
 * <ul>
 *   <li>CASE_MANAGER: their own cases, and the cases of any team they are configured to cover;</li>
 *   <li>SUPERVISOR: the cases of their own team (a supervisor without a team sees none);</li>
 *   <li>AUDITOR: every case, read-only;</li>
 *   <li>REPORTING and ADMIN: no case content (the feed and operations are separate surfaces).</li>
 * </ul>
 * A case not yet assigned (an intake referral awaiting enrolment) belongs to the intake queue of the
 * team that received it: that team's case managers and supervisor, and case managers covering the team,
 * may read and work it; nobody else learns the referred client exists. A referral recorded before
 * queues were per team has no intake team and stays in the queue every team shares.
 */
public final class CaseScope {

    private CaseScope() {
    }

    /** Whether the viewer may read a case of this case manager, or if unassigned, in this team's intake queue. */
    public static boolean canRead(Viewer viewer, String caseManagerId, String intakeTeam, TeamRoster roster) {
        return viewer.is(Role.AUDITOR) || canAct(viewer, caseManagerId, intakeTeam, roster);
    }

    /** Whether the viewer may read this case manager's caseload. */
    public static boolean canReadCaseload(Viewer viewer, String caseManagerId, TeamRoster roster) {
        return canRead(viewer, caseManagerId, null, roster);
    }

    /** Whether a case manager or supervisor may work on (read and change) a case of this case manager or intake team. */
    public static boolean canAct(Viewer viewer, String caseManagerId, String intakeTeam, TeamRoster roster) {
        if (!viewer.is(Role.CASE_MANAGER) && !viewer.is(Role.SUPERVISOR)) {
            return false;
        }
        if (caseManagerId == null) {
            return intakeTeam == null || intakeTeam.equals(viewer.team()) || viewer.is(Role.CASE_MANAGER) && viewer.covers().contains(intakeTeam);
        }
        if (viewer.is(Role.CASE_MANAGER) && viewer.userId().equals(caseManagerId)) {
            return true;
        }
        String team = roster.teamOf(caseManagerId).orElse(null);
        if (team == null) {
            return false;
        }
        return viewer.is(Role.SUPERVISOR) ? team.equals(viewer.team()) : viewer.covers().contains(team);
    }

    /** Team-wide views: the team's supervisor, and auditors. */
    public static boolean canReadTeam(Viewer viewer, String team) {
        return viewer.is(Role.AUDITOR) || viewer.is(Role.SUPERVISOR) && Objects.equals(viewer.team(), team);
    }
}
