/**
 * Who may see and change which case: the rules of caseload scope, shared by the aggregate (for
 * commands) and the query bus (for every query and subscription), so no endpoint can bypass them.
 */
package io.caseledger.domain.scope;
