/** The referral tracker of a caseload or a team: open and recently closed referrals, overdue judged at query time. */
package io.caseledger.query.referrals;
