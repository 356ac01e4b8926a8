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
import java.util.Optional;

/** Consents and referrals as the case summary shows them, folded from their events. */
public class DisclosureSection {

    public record ConsentView(String consentId, ConsentSigned terms, boolean revoked) {
    }

    public record ReferralView(String referralId, ReferralCreated created, ReferralStatus status, String consentId,
                               LocalDate sentOn, String outcome, AuthorizationStatus priorAuthorization) {
        /** Where the event leaves this referral, by the one event -> status mapping of each. */
        ReferralView after(Object event) {
            return new ReferralView(referralId, created, ReferralStatus.after(event).orElse(status), consentId, sentOn, outcome,
                    AuthorizationStatus.after(event).or(() -> Optional.ofNullable(priorAuthorization)).orElse(null));
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
            referrals.put(e.referralId(), new ReferralView(e.referralId(), e, null, null, null, null, null).after(e));
        } else if (event instanceof ReferralSent e) {
            referrals.computeIfPresent(e.referralId(), (id, r) -> new ReferralView(id, r.created(), r.status(),
                    e.consentId(), e.sentOn(), null, r.priorAuthorization()).after(e));
        } else if (event instanceof ReferralCompleted e) {
            referrals.computeIfPresent(e.referralId(), (id, r) -> new ReferralView(id, r.created(), r.status(),
                    r.consentId(), r.sentOn(), e.outcome(), r.priorAuthorization()).after(e));
        } else {
            String referralId = stepOf(event);
            if (referralId == null) {
                return false;
            }
            referrals.computeIfPresent(referralId, (id, r) -> r.after(event));
        }
        return true;
    }

    /** The referral a step or a prior authorization event is about; null for any other event. */
    private static String stepOf(Object event) {
        if (event instanceof ReferralAcknowledged e) { return e.referralId(); }
        if (event instanceof ReferralAccepted e) { return e.referralId(); }
        if (event instanceof ReferralDeclined e) { return e.referralId(); }
        if (event instanceof ReferralAppointmentBooked e) { return e.referralId(); }
        if (event instanceof ReferralLoopClosed e) { return e.referralId(); }
        if (event instanceof ReferralCancelled e) { return e.referralId(); }
        if (event instanceof PriorAuthorizationRequested e) { return e.referralId(); }
        if (event instanceof PriorAuthorizationApproved e) { return e.referralId(); }
        if (event instanceof PriorAuthorizationDenied e) { return e.referralId(); }
        return null;
    }

    public List<ConsentView> getConsents() { return new ArrayList<>(consents.values()); }
    public List<ReferralView> getReferrals() { return new ArrayList<>(referrals.values()); }
    public LocalDate getRightsAndResponsibilitiesProvidedOn() { return rightsAndResponsibilitiesProvidedOn; }
}
