package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Set how often, and how, the case manager follows up with the client. */
public record SetFollowUpSchedule(
        @TargetAggregateIdentifier String caseId,
        Integer everyDays,
        String channel,
        LocalDate nextContactOn) {

    public SetFollowUpSchedule {
        caseId = Require.id("caseId", caseId);
        Require.present("everyDays", everyDays);
        if (everyDays < 1 || everyDays > 180) {
            throw io.caseledger.domain.shared.CommandRejected.invalid("everyDays", "must be between 1 and 180");
        }
        channel = Require.text("channel", channel, 50);
        Require.present("nextContactOn", nextContactOn);
    }
}
