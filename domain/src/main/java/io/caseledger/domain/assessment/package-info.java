/**
 * Standardized assessments (PHQ-9, GAD-7) scored by the domain, the NCQA needs-assessment domains,
 * and measurement-based care: baseline, response, remission and "not improving", derived from scores.
 */
package io.caseledger.domain.assessment;
