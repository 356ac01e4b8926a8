package io.caseledger.app.security;

import io.caseledger.domain.shared.Role;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up configured staff, e.g. to check that a case is assigned to a real case manager. */
@Component
public class StaffDirectory {

    private final Map<String, StaffSettings.StaffMember> members;

    public StaffDirectory(StaffSettings settings) {
        this.members = settings.users().stream()
                .collect(Collectors.toUnmodifiableMap(StaffSettings.StaffMember::username, Function.identity()));
    }

    public Optional<StaffSettings.StaffMember> find(String username) {
        return Optional.ofNullable(members.get(username));
    }

    public boolean isCaseManager(String username) {
        return find(username).map(m -> m.role() == Role.CASE_MANAGER).orElse(false);
    }
}
