package org.qinqing.hall.api;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Web UI sessions of staff, kept in the database (only a hash of each token), so a session opened
 * on one node works on every node, and a logout or its expiry ends it on all of them.
 *
 * @since 1.3
 */
@ProviderType
public interface StaffSessions {

    /**
     * Opens a session for an account whose password was just checked.
     *
     * @param username the account
     * @param idle the session ends after this long without a request
     * @return the session's token (32 random bytes, URL-safe Base64), shown to the client once
     */
    String open(String username, Duration idle);

    /**
     * @param token a session's token
     * @return the session's account as it is now (roles, duty to change the password), its idle
     *         time restarted; {@code null} when the token is unknown, expired or logged out
     */
    StaffSession touch(String token);

    /** Ends the session on every node (nothing for an unknown token). */
    void close(String token);
}
