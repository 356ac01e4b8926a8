/** One document per referral out: where it stands, its due date and recipient, and when it left the open states. */
package io.caseledger.projections.referrals;
