package io.caseledger.domain.summary;

import io.caseledger.domain.consent.ConsentRevoked;
import io.caseledger.domain.consent.ConsentSigned;
import io.caseledger.domain.consent.RightsAndResponsibilitiesProvided;
import io.caseledger.domain.referral.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Consents and referrals as the case summary shows them, folded from their events. */
public class DisclosureSection {

    public record ConsentView(String consentId, ConsentSigned terms, boolean revoked) {
    }

    public record ReferralView(String referralId, ReferralCreated created, ReferralStatus status, String consentId,
                               LocalDate sentOn, String outcome, String priorAuthorization) {
        ReferralView with(ReferralStatus next) {
            return new ReferralView(referralId, created, next, consentId, sentOn, outcome, priorAuthorization);
        }
    }

    private final Map<String, ConsentView> consents = new LinkedHashMap<>();
    private final Map<String, ReferralView> referrals = new LinkedHashMap<>();
    private LocalDate rightsAndResponsibilitiesProvidedOn;

    /** @return whether the event belongs to this section */
    boolean apply(Object event) {
        if (event instanceof ConsentSigned e) {
            consents.put(e.consentId(), new ConsentView(e.consentId(), e, false));
        } else if (event instanceof ConsentRevoked e) {
            consents.computeIfPresent(e.consentId(), (id, c) -> new ConsentView(id, c.terms(), true));
        } else if (event instanceof RightsAndResponsibilitiesProvided e) {
            rightsAndResponsibilitiesProvidedOn = e.providedOn();
        } else if (event instanceof ReferralCreated e) {
            referrals.put(e.referralId(), new ReferralView(e.referralId(), e, ReferralStatus.CREATED, null, null, null, null));
        } else if (event instanceof ReferralSent e) {
            referrals.computeIfPresent(e.referralId(), (id, r) -> new ReferralView(id, r.created(), ReferralStatus.SENT,
                    e.consentId(), e.sentOn(), null, r.priorAuthorization()));
        } else if (event instanceof ReferralCompleted e) {
            referrals.computeIfPresent(e.referralId(), (id, r) -> new ReferralView(id, r.created(), ReferralStatus.COMPLETED,
                    r.consentId(), r.sentOn(), e.outcome(), r.priorAuthorization()));
        } else {
            return applyReferralStep(event);
        }
        return true;
    }

    private boolean applyReferralStep(Object event) {
        String referralId;
        ReferralStatus next = null;
        String authorization = null;
        if (event instanceof ReferralAcknowledged e) { referralId = e.referralId(); next = ReferralStatus.ACKNOWLEDGED; }
        else if (event instanceof ReferralAccepted e) { referralId = e.referralId(); next = ReferralStatus.ACCEPTED; }
        else if (event instanceof ReferralDeclined e) { referralId = e.referralId(); next = ReferralStatus.DECLINED; }
        else if (event instanceof ReferralAppointmentBooked e) { referralId = e.referralId(); next = ReferralStatus.APPOINTMENT_BOOKED; }
        else if (event instanceof ReferralLoopClosed e) { referralId = e.referralId(); next = ReferralStatus.CLOSED; }
        else if (event instanceof ReferralCancelled e) { referralId = e.referralId(); next = ReferralStatus.CANCELLED; }
        else if (event instanceof PriorAuthorizationRequested e) { referralId = e.referralId(); authorization = "REQUESTED"; }
        else if (event instanceof PriorAuthorizationApproved e) { referralId = e.referralId(); authorization = "APPROVED"; }
        else if (event instanceof PriorAuthorizationDenied e) { referralId = e.referralId(); authorization = "DENIED"; }
        else { return false; }
        ReferralStatus status = next;
        String auth = authorization;
        referrals.computeIfPresent(referralId, (id, r) -> new ReferralView(id, r.created(), status == null ? r.status() : status,
                r.consentId(), r.sentOn(), r.outcome(), auth == null ? r.priorAuthorization() : auth));
        return true;
    }

    public List<ConsentView> getConsents() { return new ArrayList<>(consents.values()); }
    public List<ReferralView> getReferrals() { return new ArrayList<>(referrals.values()); }
    public LocalDate getRightsAndResponsibilitiesProvidedOn() { return rightsAndResponsibilitiesProvidedOn; }
}
