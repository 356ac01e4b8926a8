/** The case detail page's question: one case's stored summary, and how current it is. */
package io.caseledger.query.casesummary;
