package io.caseledger.domain.transition;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record a discharge; a post-discharge follow-up is due within the given days (default 7). */
public record RecordDischarge(
        @TargetAggregateIdentifier String caseId,
        String admissionId,
        String facility,
        LocalDate dischargedOn,
        Integer followUpWithinDays) {

    public RecordDischarge {
        caseId = Require.id("caseId", caseId);
        admissionId = Require.id("admissionId", admissionId);
        facility = Require.text("facility", facility, 200);
        dischargedOn = Require.plausibleDate("dischargedOn", Require.present("dischargedOn", dischargedOn));
        followUpWithinDays = followUpWithinDays == null ? 7 : followUpWithinDays;
        if (followUpWithinDays < 1 || followUpWithinDays > 60) {
            throw io.caseledger.domain.shared.CommandRejected.invalid("followUpWithinDays", "must be between 1 and 60");
        }
    }
}
