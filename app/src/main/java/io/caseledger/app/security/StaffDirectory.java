package io.caseledger.app.security;

import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.domain.shared.QueryRefused;
import io.caseledger.domain.shared.Rejection;
import io.caseledger.domain.shared.Role;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks up configured staff, e.g. to check that a case is assigned to a real case manager, and is
 * the team roster that caseload scope is decided from.
 */
@Component
public class StaffDirectory implements TeamRoster {

    private final Map<String, StaffSettings.StaffMember> members;

    public StaffDirectory(StaffSettings settings) {
        this.members = settings.users().stream()
                .collect(Collectors.toUnmodifiableMap(StaffSettings.StaffMember::username, Function.identity()));
    }

    public Optional<StaffSettings.StaffMember> find(String username) {
        return Optional.ofNullable(members.get(username));
    }

    @Override
    public Optional<String> teamOf(String staffId) {
        return find(staffId).map(StaffSettings.StaffMember::team);
    }

    @Override
    public Set<String> caseManagersOf(String team) {
        return members.values().stream()
                .filter(m -> m.role() == Role.CASE_MANAGER && team != null && team.equals(m.team()))
                .map(StaffSettings.StaffMember::username)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isCaseManager(String username) {
        return find(username).map(m -> m.role() == Role.CASE_MANAGER).orElse(false);
    }

    /** A caseload exists only for a case manager: ask after scope is judged, so only those in scope learn who is one. */
    public void requireCaseManager(String caseManagerId) {
        if (!isCaseManager(caseManagerId)) {
            throw new QueryRefused(new Rejection(Rejection.Kind.NOT_FOUND, "case-manager-not-found", "caseManagerId", "names no case manager"));
        }
    }
}
