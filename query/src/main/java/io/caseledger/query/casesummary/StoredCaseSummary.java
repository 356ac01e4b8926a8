package io.caseledger.query.casesummary;

import io.caseledger.domain.scope.CaseScoped;

/**
 * A case's summary as the projection stored it, as JSON, with the sequence number of the last event
 * folded in ({@code version}): current when it equals the event store's head for the case.
 */
public record StoredCaseSummary(String caseId, String caseManagerId, String intakeTeam, long version, String json) implements CaseScoped {
}
