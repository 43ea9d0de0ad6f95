package org.qinqing.hall.rest.internal.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Web UI sessions: a random token (cookie {@code HALL_SESSION}) mapped to the logged-in caller,
 * dropped after {@code idleMillis} without a request or at logout. Kept in memory: a restart logs
 * everyone out (staff log in again), and a multi-node hall would need a sticky balancer or a
 * shared store.
 */
public class Sessions {
    public static final String COOKIE = "HALL_SESSION";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_SESSIONS = 10_000;

    private record Session(Caller caller, long lastSeen, long passwordChanges) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final long idleMillis;
    private org.qinqing.hall.api.Accounts accounts;

    /** @param idleSeconds a session ends after this long without a request */
    public Sessions(long idleSeconds) {
        this.idleMillis = idleSeconds * 1000;
    }

    /** @param accounts asked again whether a session's account must change its password once a password changed on this node */
    public void setAccounts(org.qinqing.hall.api.Accounts accounts) {
        this.accounts = accounts;
    }

    private long changes() {
        return accounts == null ? 0 : accounts.passwordChanges();
    }

    public long idleSeconds() {
        return idleMillis / 1000;
    }

    /** @return a new session's token */
    public String open(Caller caller) {
        if (sessions.size() > MAX_SESSIONS) {
            long now = System.currentTimeMillis();
            sessions.values().removeIf(s -> now - s.lastSeen > idleMillis);
        }
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        sessions.put(token, new Session(caller, System.currentTimeMillis(), changes()));
        return token;
    }

    /** @return the session's caller, touching it; {@code null} when unknown or expired */
    public Caller touch(String token) {
        if (token == null) {
            return null;
        }
        long now = System.currentTimeMillis();
        Session s = sessions.get(token);
        if (s == null) {
            return null;
        }
        if (now - s.lastSeen > idleMillis) {
            sessions.remove(token);
            return null;
        }
        Caller caller = s.caller;
        long changes = changes();
        if (changes != s.passwordChanges && accounts != null) {
            // a password changed since: an admin's reset puts this session back to "change it first"
            caller = new Caller(caller.username(), caller.roles(), accounts.mustChangePassword(caller.username()));
        }
        sessions.put(token, new Session(caller, now, changes));
        return caller;
    }

    /** Every session of the user now belongs to the caller after its password change. */
    public void passwordChanged(String username) {
        sessions.replaceAll((token, s) -> s.caller.username().equals(username)
                ? new Session(s.caller.passwordChanged(), s.lastSeen, s.passwordChanges) : s);
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }
}
