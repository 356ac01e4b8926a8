package io.caseledger.command.casefile;

import io.caseledger.domain.closure.CaseClosed;
import io.caseledger.domain.closure.CaseReopened;
import io.caseledger.domain.erasure.ErasePersonalData;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.erasure.RetentionPolicy;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Erasure of the client's personal data: only from a closed case whose retention period has passed,
 * and once erased the case takes no further commands (there is nobody left to act for).
 */
class Erasure {

    private LocalDate closedOn;
    private boolean erased;

    boolean isErased() {
        return erased;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    void restore(CaseSnapshot snapshot) {
        closedOn = snapshot.closedOn();
        erased = snapshot.erased();
    }

    @CommandHandler
    void handle(ErasePersonalData c, RetentionPolicy retention, Clock clock) {
        if (closedOn == null) {
            throw CommandRejected.rule("case-not-closed", "Personal data is erased only from a closed case.");
        }
        LocalDate today = LocalDate.now(clock);
        if (!retention.hasPassed(closedOn, today)) {
            throw CommandRejected.rule("retention-period-not-passed", "The retention period of this case has not passed.");
        }
        apply(new PersonalDataErased(c.caseId(), c.basis(), c.reference(), today));
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        closedOn = event.closedOn();
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        closedOn = null;
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        erased = true;
    }
}
