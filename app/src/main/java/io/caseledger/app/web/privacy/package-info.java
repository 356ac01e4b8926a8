/** HTTP route for erasure of personal data (crypto-shredding). */
package io.caseledger.app.web.privacy;
