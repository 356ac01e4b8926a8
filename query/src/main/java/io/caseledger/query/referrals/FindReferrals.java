package io.caseledger.query.referrals;

import io.caseledger.domain.referral.ReferralStatus;
import io.caseledger.query.paging.PageRequest;

import java.util.List;

/**
 * Open and recently closed referrals of the open cases of {@code caseManagerIds}, by due date, only
 * those in {@code status} when it is set, one page at a time.
 */
public record FindReferrals(List<String> caseManagerIds, ReferralStatus status, PageRequest page) {
}
