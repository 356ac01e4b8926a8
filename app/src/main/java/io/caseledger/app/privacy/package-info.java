/**
 * Crypto-shredding: personal fields of events are sealed with a per-client key on their way to the
 * event store and opened on the way out; destroying the key erases them everywhere at once.
 */
package io.caseledger.app.privacy;
