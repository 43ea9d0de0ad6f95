package org.qinqing.hall.online;

import java.time.Instant;

/**
 * A logged-in applicant.
 *
 * @param person the person's resident ID number (unmasked: mask it before showing or logging)
 * @param level the account's level now
 * @param expiresAt when the session ends without a further request (idle limit)
 * @param absoluteExpiresAt when it ends whatever happens
 * @param token the token, only in the answer to the login; {@code null} everywhere else
 */
public record ApplicantSession(String person, Level level, Instant expiresAt, Instant absoluteExpiresAt, String token) {

    /** @return whether the person may apply online */
    public boolean verified() {
        return level == Level.VERIFIED;
    }
}
