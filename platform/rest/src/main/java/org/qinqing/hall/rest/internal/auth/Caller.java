package org.qinqing.hall.rest.internal.auth;

import java.security.Principal;
import java.util.Set;

/**
 * An authenticated staff member.
 *
 * @param username login name
 * @param roles roles from the JAAS realm, groups resolved
 */
public record Caller(String username, Set<String> roles) implements Principal {

    @Override
    public String getName() {
        return username;
    }

    /** @param role a role @return whether the caller holds it */
    public boolean has(String role) {
        return roles.contains(role);
    }
}
