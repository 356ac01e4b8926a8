/** HTTP routes for consents and referrals out. */
package io.caseledger.app.web.disclosure;
