/**
 * The reporting feed: every case event, de-identified (no personal fields, cases under a keyed
 * pseudonym), in store order, resumable from an opaque cursor. See docs/reporting-feed.md.
 */
package io.caseledger.app.reporting;
