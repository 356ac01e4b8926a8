package io.caseledger.query.resources;

import io.caseledger.domain.referral.ReferralType;
import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.shared.Role;
import io.caseledger.query.paging.PageRequest;

/**
 * Active resources by name, only those of {@code serviceType}, serving {@code language} and whose name
 * contains {@code text} (case-insensitively) where each is given. The staff who register resources and
 * refer clients to them may read the directory; it holds no client data.
 */
@ReadableBy({Role.CASE_MANAGER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN})
public record FindResources(ReferralType serviceType, String language, String text, PageRequest page) {
}
