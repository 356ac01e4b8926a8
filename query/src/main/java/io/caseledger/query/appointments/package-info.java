/** The appointment schedule of a caseload or a team: today, this ISO week (UTC, by the clock), and missed ones. */
package io.caseledger.query.appointments;
