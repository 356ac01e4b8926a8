/** One document per appointment: when, with whom, its status, and the follow-up task a missed one brought. */
package io.caseledger.projections.appointments;
