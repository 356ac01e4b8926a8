/** HTTP routes for a case's life: intake, eligibility, assignment, care team, closure. */
package io.caseledger.app.web.lifecycle;
