/** The case detail page's read model: each case's current summary, all sections, kept as a document. */
package io.caseledger.projections.casesummary;
