package io.caseledger.query.referrals;

import io.caseledger.domain.referral.ReferralStatus;
import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.scope.TeamScoped;
import io.caseledger.domain.shared.Role;
import io.caseledger.query.paging.PageRequest;

/** Open and recently closed referrals of a team's open cases, by due date, only {@code status} when set. */
@ReadableBy({Role.SUPERVISOR, Role.AUDITOR})
public record FindTeamReferrals(String team, ReferralStatus status, PageRequest page) implements TeamScoped {
}
