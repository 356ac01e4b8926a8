/**
 * The reporting feed: every case event, de-identified (only the fields the event classes mark
 * disclosable, chosen identifiers and cases under a keyed pseudonym), in store order, resumable from an
 * opaque cursor. See docs/reporting-feed.md.
 */
package io.caseledger.app.reporting;
