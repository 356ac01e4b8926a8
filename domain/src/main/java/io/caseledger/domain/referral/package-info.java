/**
 * Referrals out to services, tracked until the loop is closed: created, sent (only under a consent
 * that covers the recipient), answered, booked, completed, closed; prior authorization alongside.
 */
package io.caseledger.domain.referral;
