/** The CommunityResource aggregate: one directory entry per provider or service. */
package io.caseledger.command.resource;
