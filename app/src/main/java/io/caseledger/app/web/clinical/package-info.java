/** HTTP routes for assessments, measurement-based care and the care plan. */
package io.caseledger.app.web.clinical;
