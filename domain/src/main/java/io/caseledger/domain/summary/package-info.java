/**
 * The case summary fold: one function from a case's events to its current state. The live case view
 * and the point-in-time view ("as it stood on 1 March") both use it, so they cannot disagree.
 */
package io.caseledger.domain.summary;
