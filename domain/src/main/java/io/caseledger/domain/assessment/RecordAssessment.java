package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Record a PHQ-9 or GAD-7: the item answers, each 0-3; the domain computes total and severity. */
public record RecordAssessment(@TargetAggregateIdentifier String caseId, String assessmentId, Instrument instrument,
                               List<Integer> items, LocalDate administeredOn) {

    public RecordAssessment {
        caseId = Require.id("caseId", caseId);
        assessmentId = Require.id("assessmentId", assessmentId);
        Require.present("instrument", instrument);
        Require.present("items", items);
        if (items.size() != instrument.items()) {
            throw CommandRejected.invalid("items", "must have " + instrument.items() + " answers for " + instrument);
        }
        for (int i = 0; i < items.size(); i++) {
            Integer answer = items.get(i);
            if (answer == null || answer < 0 || answer > 3) {
                throw CommandRejected.invalid("items[" + i + "]", "must be 0, 1, 2 or 3");
            }
        }
        items = List.copyOf(items);
        administeredOn = Require.plausibleDate("administeredOn", administeredOn);
    }
}
