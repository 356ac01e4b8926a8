/** Who is calling and in which role: HTTP Basic over configured staff, roles, problem+json refusals. */
package io.caseledger.app.security;
