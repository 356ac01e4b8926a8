package io.caseledger.domain.shared;

/**
 * A command that carries a reason (a correction, closure, transfer...). The dispatcher copies the
 * reason into metadata so every resulting event answers "why" in the same place.
 */
public interface HasReason {
    String reason();
}
