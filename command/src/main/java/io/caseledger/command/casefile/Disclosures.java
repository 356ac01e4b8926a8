package io.caseledger.command.casefile;

import java.time.LocalDate;
import java.time.Clock;
import io.caseledger.domain.shared.Require;
import io.caseledger.domain.consent.*;
import io.caseledger.domain.referral.CreateReferral;
import io.caseledger.domain.referral.ReferralCreated;
import io.caseledger.domain.referral.ReferralSent;
import io.caseledger.domain.referral.ReferralStatus;
import io.caseledger.domain.referral.SendReferral;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Refused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The part of a case that decides what may leave it: consents, and referrals, which may only be
 * sent under a consent that covers their recipient for referral or care coordination.
 */
class Disclosures {

    private static final Set<ConsentPurpose> REFERRAL_PURPOSES = EnumSet.of(ConsentPurpose.REFERRAL, ConsentPurpose.CARE_COORDINATION);

    static final Refused CONSENT_REQUIRED = new Refused("consent-required",
            "No active consent covers this recipient for referral or care coordination.");

    private final Case owner;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Consent> consents = new HashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Referral> referrals = new HashMap<>();

    Disclosures(Case owner) {
        this.owner = owner;
    }

    @CommandHandler
    void handle(SignConsent c) {
        owner.requireOpen();
        if (consents.containsKey(c.consentId())) {
            throw CommandRejected.conflict("consent-exists", "A consent with this id is already recorded.");
        }
        apply(new ConsentSigned(c.caseId(), c.consentId(), c.recipient(), c.purposes(), c.scope(), c.effectiveOn(),
                c.expiresOn(), c.method(), c.witnessedBy()));
    }

    @CommandHandler
    void handle(ProvideRightsAndResponsibilities c, Clock clock) {
        owner.requireOpen();
        LocalDate providedOn = Require.pastDate("providedOn", c.providedOn(), clock);
        apply(new RightsAndResponsibilitiesProvided(c.caseId(), providedOn, c.method()));
    }

    @CommandHandler
    void handle(CreateReferral c) {
        owner.requireOpen();
        if (referrals.containsKey(c.referralId())) {
            throw CommandRejected.conflict("referral-exists", "A referral with this id is already recorded.");
        }
        apply(new ReferralCreated(c.caseId(), c.referralId(), c.type(), c.recipient(), c.resourceId(), c.reason(),
                c.urgency(), c.dueBy()));
    }

    /**
     * Disclosure needs a consent in force on the day of sending that covers the recipient. Without
     * one, the attempt is recorded (DisclosureRefused) and answered as {@link Refused}, not thrown,
     * so the record of the attempt survives.
     */
    @CommandHandler
    Object handle(SendReferral c, Clock clock) {
        LocalDate sentOn = Require.pastDate("sentOn", c.sentOn(), clock);
        Referral referral = Optional.ofNullable(referrals.get(c.referralId()))
                .orElseThrow(() -> CommandRejected.notFound("referral-not-found", "No such referral."));
        referral.requireStep(ReferralStatus.SENT);
        Optional<Consent> covering = consents.values().stream()
                .filter(consent -> REFERRAL_PURPOSES.stream().anyMatch(p -> consent.covers(referral.recipient(), p, sentOn)))
                .findFirst();
        if (covering.isEmpty()) {
            apply(new DisclosureRefused(c.caseId(), c.referralId(), referral.recipient(), CONSENT_REQUIRED.code()));
            return CONSENT_REQUIRED;
        }
        apply(new ReferralSent(c.caseId(), c.referralId(), covering.get().consentId(), sentOn));
        return null;
    }

    List<CaseSnapshot.ConsentState> consentStates() {
        return CaseSnapshot.sorted(consents.values().stream().map(Consent::state).toList(), s -> s.terms().consentId());
    }

    List<CaseSnapshot.ReferralState> referralStates() {
        return CaseSnapshot.sorted(referrals.values().stream().map(Referral::state).toList(), CaseSnapshot.ReferralState::referralId);
    }

    void restore(CaseSnapshot snapshot) {
        consents.clear();
        snapshot.consents().forEach(s -> consents.put(s.terms().consentId(), new Consent(s)));
        referrals.clear();
        snapshot.referrals().forEach(s -> referrals.put(s.referralId(), new Referral(owner, s)));
    }

    @EventSourcingHandler
    void on(ConsentSigned event) {
        consents.put(event.consentId(), new Consent(event));
    }

    @EventSourcingHandler
    void on(ReferralCreated event) {
        referrals.put(event.referralId(), new Referral(owner, event));
    }
}
