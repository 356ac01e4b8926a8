/**
 * The language of CaseLedger: commands (imperative), events (past tense) and the pure rules that
 * both sides share. Nothing here depends on Spring, MongoDB or HTTP, so every rule can be tested
 * and reused by the aggregate, the projections and the audit fold alike.
 */
package io.caseledger.domain;
