/** Questions about caseloads and single cases, answered from the caseload read model. */
package io.caseledger.query.caseload;
