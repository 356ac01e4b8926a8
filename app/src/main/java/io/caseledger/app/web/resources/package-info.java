/** HTTP routes for the community resource directory, and the check that referrals name an active resource. */
package io.caseledger.app.web.resources;
