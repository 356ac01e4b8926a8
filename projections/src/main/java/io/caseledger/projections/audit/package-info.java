/** The head of every case's hash chain, so a digest over all cases needs no full replay. */
package io.caseledger.projections.audit;
