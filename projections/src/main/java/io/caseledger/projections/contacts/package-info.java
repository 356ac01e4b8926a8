/** One document per recorded contact (time and whether it reached the client), as corrected: contacts this week. */
package io.caseledger.projections.contacts;
