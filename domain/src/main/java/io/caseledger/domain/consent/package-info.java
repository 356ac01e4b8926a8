/**
 * Consent to release information: who may receive which information for which purposes, between
 * which dates. Whether a consent is in force is derived from its dates and revocation, never edited.
 */
package io.caseledger.domain.consent;
