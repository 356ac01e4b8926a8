/**
 * Policies: event handlers that react to what happened by sending commands, so every consequence
 * (a follow-up after a missed appointment) is itself an event with the causation id of its cause.
 * They never take part in projection rebuilds and are not replayed.
 */
package io.caseledger.command.policy;
