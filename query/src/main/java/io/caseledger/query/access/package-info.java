/** Questions auditors ask of the access log: who read this case, what did this user read. */
package io.caseledger.query.access;
