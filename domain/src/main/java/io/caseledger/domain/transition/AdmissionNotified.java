package io.caseledger.domain.transition;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The client was admitted, or seen in the ED, at a facility. */
@Revision("1")
public record AdmissionNotified(String caseId, String admissionId, String facility, AdmissionType type, Instant admittedAt) {
}
