package io.caseledger.domain.shared;

/**
 * A command with a coded reason (a closure, an erasure). The dispatcher copies the code into metadata
 * so every resulting event answers "why" in the same place. Only a code: metadata is never sealed, so
 * free-text reasons stay in the event's payload, where they are {@link PersonalData}.
 */
public interface HasReason {
    Enum<?> reason();
}
