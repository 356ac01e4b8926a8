/** Ending a case with a coded reason, and reopening it. */
package io.caseledger.domain.closure;
