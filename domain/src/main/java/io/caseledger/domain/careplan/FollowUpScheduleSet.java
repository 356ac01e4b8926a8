package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The follow-up and communication schedule was set. */
@Revision("1")
public record FollowUpScheduleSet(
        String caseId,
        @Disclosable int everyDays,
        @PersonalData String channel,
        @Disclosable LocalDate nextContactOn) {
}
