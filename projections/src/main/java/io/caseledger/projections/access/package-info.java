/** The access log: every recorded read of a case, queryable by case and by user. */
package io.caseledger.projections.access;
