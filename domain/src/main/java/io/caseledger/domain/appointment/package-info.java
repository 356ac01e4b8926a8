/** Appointments made for the client: scheduled, reminded, moved, cancelled, kept or missed. */
package io.caseledger.domain.appointment;
