package io.caseledger.command.casefile;

import io.caseledger.domain.consent.Recipient;
import io.caseledger.domain.referral.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One referral out, moving through {@link ReferralStatus}'s steps; prior authorization alongside. */
class Referral {

    @EntityId
    private final String referralId;
    private final Case owner;
    private final Recipient recipient;
    private ReferralStatus status = ReferralStatus.CREATED;
    /** Null until prior authorization is requested. */
    private AuthorizationStatus authorization;

    Referral(Case owner, ReferralCreated created) {
        this.owner = owner;
        this.referralId = created.referralId();
        this.recipient = created.recipient();
    }

    Referral(Case owner, CaseSnapshot.ReferralState state) {
        this.owner = owner;
        this.referralId = state.referralId();
        this.recipient = state.recipient();
        this.status = state.status();
        this.authorization = state.authorization();
    }

    CaseSnapshot.ReferralState state() {
        return new CaseSnapshot.ReferralState(referralId, recipient, status, authorization);
    }

    Recipient recipient() {
        return recipient;
    }

    /** Checks a step is allowed from the current status; the event sourcing handlers then move it. */
    void requireStep(ReferralStatus next) {
        owner.requireOpen();
        if (!status.canMoveTo(next)) {
            throw CommandRejected.rule("referral-step-not-allowed",
                    "A referral that is " + status + " cannot become " + next + ".");
        }
    }

    @CommandHandler
    void handle(AcknowledgeReferral c) {
        requireStep(ReferralStatus.ACKNOWLEDGED);
        apply(new ReferralAcknowledged(c.caseId(), referralId));
    }

    @CommandHandler
    void handle(AcceptReferral c) {
        requireStep(ReferralStatus.ACCEPTED);
        apply(new ReferralAccepted(c.caseId(), referralId));
    }

    @CommandHandler
    void handle(DeclineReferral c) {
        requireStep(ReferralStatus.DECLINED);
        apply(new ReferralDeclined(c.caseId(), referralId, c.reason()));
    }

    @CommandHandler
    void handle(BookReferralAppointment c) {
        requireStep(ReferralStatus.APPOINTMENT_BOOKED);
        apply(new ReferralAppointmentBooked(c.caseId(), referralId, c.appointmentAt(), c.appointmentId()));
    }

    @CommandHandler
    void handle(CompleteReferral c) {
        requireStep(ReferralStatus.COMPLETED);
        apply(new ReferralCompleted(c.caseId(), referralId, c.outcome()));
    }

    @CommandHandler
    void handle(CloseReferralLoop c) {
        requireStep(ReferralStatus.CLOSED);
        apply(new ReferralLoopClosed(c.caseId(), referralId, c.note()));
    }

    @CommandHandler
    void handle(CancelReferral c) {
        requireStep(ReferralStatus.CANCELLED);
        apply(new ReferralCancelled(c.caseId(), referralId, c.reason()));
    }

    @CommandHandler
    void handle(RequestPriorAuthorization c) {
        owner.requireOpen();
        if (!status.isOpen() || (authorization != null && authorization.pendingOrGranted())) {
            throw CommandRejected.rule("prior-authorization-not-needed", "Prior authorization is pending, granted, or the referral is no longer open.");
        }
        apply(new PriorAuthorizationRequested(c.caseId(), referralId, c.payer()));
    }

    @CommandHandler
    void handle(ApprovePriorAuthorization c) {
        requirePendingAuthorization();
        apply(new PriorAuthorizationApproved(c.caseId(), referralId, c.authorizationNumber(), c.validUntil()));
    }

    @CommandHandler
    void handle(DenyPriorAuthorization c) {
        requirePendingAuthorization();
        apply(new PriorAuthorizationDenied(c.caseId(), referralId, c.reason()));
    }

    private void requirePendingAuthorization() {
        if (authorization != AuthorizationStatus.REQUESTED) {
            throw CommandRejected.rule("prior-authorization-not-requested", "No prior authorization request is pending.");
        }
    }

    /** State equality (not the owner), so Axon's fixtures can check that state changes only through events. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Referral r && r.referralId.equals(referralId) && r.recipient.equals(recipient)
                && r.status == status && r.authorization == authorization;
    }

    @Override
    public int hashCode() {
        return referralId.hashCode();
    }

    /** Events of this referral (matched by its id) move it as {@link ReferralStatus#after} and {@link AuthorizationStatus#after} say. */
    @EventSourcingHandler
    void on(Object event) {
        ReferralStatus.after(event).ifPresent(next -> status = next);
        AuthorizationStatus.after(event).ifPresent(next -> authorization = next);
    }
}
