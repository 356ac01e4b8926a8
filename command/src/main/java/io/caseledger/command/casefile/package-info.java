/**
 * The Case aggregate: one event stream per case (aggregate id = case id). Everything that happens
 * to a client's case is decided here, so history, point-in-time views and the hash chain can read
 * a single ordered stream.
 */
package io.caseledger.command.casefile;
