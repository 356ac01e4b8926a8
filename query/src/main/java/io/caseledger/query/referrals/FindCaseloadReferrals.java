package io.caseledger.query.referrals;

import io.caseledger.domain.referral.ReferralStatus;
import io.caseledger.domain.scope.CaseloadScoped;
import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.shared.Role;
import io.caseledger.query.paging.PageRequest;

/** Open and recently closed referrals of one caseload's open cases, by due date, only {@code status} when set. */
@ReadableBy({Role.CASE_MANAGER, Role.SUPERVISOR, Role.AUDITOR})
public record FindCaseloadReferrals(String caseManagerId, ReferralStatus status, PageRequest page) implements CaseloadScoped {
}
