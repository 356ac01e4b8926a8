/** HTTP routes for appointments, follow-up tasks and transitions of care. */
package io.caseledger.app.web.scheduling;
