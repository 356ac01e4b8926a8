/**
 * Where events, tokens and read models live: an embedded MongoDB wire-protocol server by default,
 * a real MongoDB when {@code MONGODB_URI} is set, and Axon Server as event store on its profile.
 */
package io.caseledger.app.storage;
