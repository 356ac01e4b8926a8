/** Contacts with the client (attempted or successful, by any channel) and case notes. */
package io.caseledger.domain.contact;
