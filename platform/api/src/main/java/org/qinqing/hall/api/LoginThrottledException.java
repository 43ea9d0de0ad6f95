package org.qinqing.hall.api;

import java.time.Instant;
import javax.security.auth.login.AccountLockedException;

/**
 * A login refused without looking at the password: the account (or the address it comes from)
 * failed too often lately and waits until {@link #until()}. Thrown from the JAAS realm, so every
 * path that checks a password (REST, web session, SSH console) refuses alike; the REST layer
 * answers it with 429 and {@code Retry-After}.
 */
public class LoginThrottledException extends AccountLockedException {
    private static final long serialVersionUID = 1L;

    private final Instant until;
    private final long retryAfterSeconds;

    /**
     * @param message what is throttled and until when (never the password)
     * @param until when the next attempt is taken again
     * @param retryAfterSeconds seconds from now until then, at least 1
     */
    public LoginThrottledException(String message, Instant until, long retryAfterSeconds) {
        super(message);
        this.until = until;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** @return when the next attempt is taken again */
    public Instant until() {
        return until;
    }

    /** @return seconds to wait, at least 1 (for a {@code Retry-After} header) */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
