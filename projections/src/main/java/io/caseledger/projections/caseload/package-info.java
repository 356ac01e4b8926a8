/** One document per open case, keyed by case id, indexed by case manager: the caseload view. */
package io.caseledger.projections.caseload;
