package org.qinqing.hall.api;

import java.util.Set;

/**
 * A valid staff web session, as {@link StaffSessions#touch} finds it.
 *
 * @param username the account
 * @param roles its roles, those of its groups included
 * @param mustChangePassword the account still has a password it was given: only the password change until it sets its own
 * @since 1.3
 */
public record StaffSession(String username, Set<String> roles, boolean mustChangePassword) {
}
