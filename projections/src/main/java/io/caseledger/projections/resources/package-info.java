/** The community resource directory as a read model: one document per resource, for listing and look-up before a referral. */
package io.caseledger.projections.resources;
