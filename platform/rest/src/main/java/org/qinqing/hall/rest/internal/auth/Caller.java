package org.qinqing.hall.rest.internal.auth;

import java.security.Principal;
import java.util.Set;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.online.ApplicantSession;

/**
 * An authenticated staff member, or an applicant logged in to the online hall.
 *
 * @param username login name; for an applicant the person's resident ID number
 * @param roles roles from the JAAS realm, groups resolved; for an applicant only {@code applicant}
 * @param mustChangePassword the account still has a given password: only {@link PasswordChange} endpoints until it sets its own
 * @param applicant the applicant's session, or {@code null} for staff
 */
public record Caller(String username, Set<String> roles, boolean mustChangePassword, ApplicantSession applicant) implements Principal {

    /** A staff member. */
    public Caller(String username, Set<String> roles, boolean mustChangePassword) {
        this(username, roles, mustChangePassword, null);
    }

    /** @param session a valid applicant session @return the applicant as a caller (role {@code applicant} only) */
    public static Caller applicant(ApplicantSession session) {
        return new Caller(session.person(), Set.of(Roles.APPLICANT), false, session);
    }

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
