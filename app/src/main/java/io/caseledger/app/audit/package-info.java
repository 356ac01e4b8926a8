/**
 * Audit served from the event store itself: each case's events form a SHA-256 hash chain stamped at
 * append time, verifiable from the store or from an exported history (docs/hash-chain.md).
 */
package io.caseledger.app.audit;
