package io.caseledger.domain.careplan;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The follow-up and communication schedule was set. */
@Revision("1")
public record FollowUpScheduleSet(String caseId, int everyDays, String channel, LocalDate nextContactOn) {
}
