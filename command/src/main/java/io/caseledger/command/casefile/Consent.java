package io.caseledger.command.casefile;

import io.caseledger.domain.consent.ConsentPurpose;
import io.caseledger.domain.consent.ConsentRevoked;
import io.caseledger.domain.consent.ConsentSigned;
import io.caseledger.domain.consent.Recipient;
import io.caseledger.domain.consent.RevokeConsent;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One release of information on the case. Expiry follows from its dates; only revocation is an event. */
class Consent {

    @EntityId
    private final String consentId;
    private final ConsentSigned terms;
    private boolean revoked;

    Consent(ConsentSigned terms) {
        this.consentId = terms.consentId();
        this.terms = terms;
    }

    Consent(CaseSnapshot.ConsentState state) {
        this(state.terms());
        this.revoked = state.revoked();
    }

    CaseSnapshot.ConsentState state() {
        return new CaseSnapshot.ConsentState(terms, revoked);
    }

    @CommandHandler
    void handle(RevokeConsent command) {
        if (revoked) {
            throw CommandRejected.conflict("consent-already-revoked", "The consent is already revoked.");
        }
        apply(new ConsentRevoked(command.caseId(), consentId, command.reason()));
    }

    @EventSourcingHandler
    void on(ConsentRevoked event) {
        revoked = true;
    }

    boolean covers(Recipient recipient, ConsentPurpose purpose, LocalDate day) {
        return !revoked && terms.covers(recipient, purpose, day);
    }

    String consentId() {
        return consentId;
    }

    /** State equality, so Axon's fixtures can check that handlers change state only through events. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Consent c && c.consentId.equals(consentId) && c.terms.equals(terms) && c.revoked == revoked;
    }

    @Override
    public int hashCode() {
        return consentId.hashCode();
    }
}
