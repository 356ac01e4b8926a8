package io.caseledger.app.security;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A configured staff account as HTTP Basic authenticates it, carrying its team scope. */
final class StaffUser extends User implements Actor.TeamBearing {

    private final String team;
    private final List<String> covers;

    StaffUser(StaffSettings.StaffMember member) {
        super(member.username(), member.password(),
                AuthorityUtils.createAuthorityList(Actor.ROLE_PREFIX + member.role().name()));
        this.team = member.team();
        this.covers = member.covers();
    }

    @Override
    public String team() {
        return team;
    }

    @Override
    public List<String> covers() {
        return covers;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
