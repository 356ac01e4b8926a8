/** Corrections: a recorded entry is never changed; a new event names it, says what was wrong and why. */
package io.caseledger.domain.correction;
