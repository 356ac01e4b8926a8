package io.caseledger.app.security;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;


/** A configured staff account as HTTP Basic authenticates it, carrying its team scope. */
final class StaffUser extends User implements Actor.TeamBearing {

    private final Actor.TeamScope teamScope;

    StaffUser(StaffSettings.StaffMember member) {
        super(member.username(), member.password(),
                AuthorityUtils.createAuthorityList(Actor.ROLE_PREFIX + member.role().name()));
        this.teamScope = new Actor.TeamScope(member.team(), member.covers());
    }

    @Override
    public Actor.TeamScope teamScope() {
        return teamScope;
    }
}
