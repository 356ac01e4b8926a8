/**
 * Where events, snapshots, tokens and read models live: the record in PostgreSQL (embedded from Maven's
 * binaries by default, external when {@code CASELEDGER_POSTGRES_URL} is set) or in Axon Server on its
 * profile; read models and the projections' tokens in MongoDB (an embedded wire-protocol server by
 * default, a real one when {@code MONGODB_URI} is set).
 */
package io.caseledger.app.storage;
