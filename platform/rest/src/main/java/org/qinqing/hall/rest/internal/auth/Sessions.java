package org.qinqing.hall.rest.internal.auth;

import java.time.Duration;
import org.qinqing.hall.api.StaffSession;
import org.qinqing.hall.api.StaffSessions;

/**
 * Web UI sessions (cookie {@code HALL_SESSION}) over the hall's {@link StaffSessions}, which keeps
 * them in the database: a session opened on one node works on every node, and ends on all of them
 * at logout or after {@code idleSeconds} without a request. Each request takes the account's roles
 * and its duty to change the password as they are now, whichever node changed them. Whoever must
 * know that a user logged out (the floor frees their window seat) is told at logout.
 */
public class Sessions {
    public static final String COOKIE = "HALL_SESSION";

    private final StaffSessions store;
    private final Duration idle;
    private java.util.function.Consumer<String> ended = user -> { };

    /** @param idleSeconds a session ends after this long without a request */
    public Sessions(StaffSessions store, long idleSeconds) {
        this.store = store;
        this.idle = Duration.ofSeconds(idleSeconds);
    }

    /** @param ended told the user name at logout */
    public void setEnded(java.util.function.Consumer<String> ended) {
        this.ended = ended;
    }

    public long idleSeconds() {
        return idle.toSeconds();
    }

    /** @return a new session's token */
    public String open(Caller caller) {
        return store.open(caller.username(), idle);
    }

    /** @return the session's caller, touching it; {@code null} when unknown, expired or logged out */
    public Caller touch(String token) {
        StaffSession s = token == null ? null : store.touch(token);
        return s == null ? null : new Caller(s.username(), s.roles(), s.mustChangePassword());
    }

    /** Logout: ends the session on every node and tells {@code ended}. */
    public void close(String token) {
        StaffSession s = token == null ? null : store.touch(token);
        if (token != null) {
            store.close(token);
        }
        if (s != null) {
            try {
                ended.accept(s.username());
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Sessions.class).warn("Ending the session of {} elsewhere failed", s.username(), e);
            }
        }
    }
}
