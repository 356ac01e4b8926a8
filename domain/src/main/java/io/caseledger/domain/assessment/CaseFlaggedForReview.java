package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** The case was flagged for caseload review (and possibly psychiatric consultation). */
@Revision("1")
public record CaseFlaggedForReview(
        String caseId,
        @Disclosable ReviewReason reason,
        @Disclosable boolean psychiatricConsultationRecommended,
        @PersonalData String note) {
}
