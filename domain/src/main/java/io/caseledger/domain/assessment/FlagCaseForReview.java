package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Flag the case for caseload review, possibly recommending psychiatric consultation. */
public record FlagCaseForReview(
        @TargetAggregateIdentifier String caseId,
        ReviewReason reason,
        Boolean psychiatricConsultationRecommended,
        String note) {

    public FlagCaseForReview {
        caseId = Require.id("caseId", caseId);
        Require.present("reason", reason);
        psychiatricConsultationRecommended = Boolean.TRUE.equals(psychiatricConsultationRecommended);
        note = Require.optionalText("note", note, 2000);
    }
}
