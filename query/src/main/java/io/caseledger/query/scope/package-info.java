/** Caseload scope on the query bus: every query is checked against who asks, before and after it runs. */
package io.caseledger.query.scope;
