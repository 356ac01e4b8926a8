package io.caseledger.command.casefile;

import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.enrolment.EnrollClient;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A client's case: decides every command against the case's history. */
@Aggregate
public class Case {

    @AggregateIdentifier
    private String caseId;
    private CaseStatus status = CaseStatus.NEW;

    protected Case() {
        // Axon rebuilds the aggregate from its events.
    }

    /**
     * Enrolment may open a new stream or, later, follow an intake referral on an existing one,
     * so it is create-if-missing rather than a constructor.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(EnrollClient command) {
        if (status == CaseStatus.ENROLLED) {
            throw CommandRejected.conflict("case-already-enrolled", "The case is already enrolled.");
        }
        apply(new ClientEnrolled(command.caseId(), command.client(), command.caseManagerId(),
                command.preferredLanguage(), command.interpreterNeeded(), command.insuranceStatus(),
                command.enrolledOn()));
    }

    @EventSourcingHandler
    void on(ClientEnrolled event) {
        caseId = event.caseId();
        status = CaseStatus.ENROLLED;
    }
}
