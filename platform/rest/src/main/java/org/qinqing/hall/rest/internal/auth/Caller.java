package org.qinqing.hall.rest.internal.auth;

import java.security.Principal;
import java.util.Set;

/**
 * An authenticated staff member.
 *
 * @param username login name
 * @param roles roles from the JAAS realm, groups resolved
 * @param mustChangePassword the account still has a given password: only {@link PasswordChange} endpoints until it sets its own
 */
public record Caller(String username, Set<String> roles, boolean mustChangePassword) implements Principal {

    @Override
    public String getName() {
        return username;
    }

    /** @param role a role @return whether the caller holds it */
    public boolean has(String role) {
        return roles.contains(role);
    }

    /** @return the same caller after it set its own password */
    public Caller passwordChanged() {
        return new Caller(username, roles, false);
    }
}
