package org.qinqing.hall.rest.internal.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Web UI sessions: a random token (cookie {@code HALL_SESSION}) mapped to the logged-in caller,
 * dropped after {@code idleMillis} without a request or at logout. Kept in memory: a restart logs
 * everyone out (staff log in again), and a multi-node hall would need a sticky balancer or a
 * shared store. Whoever must know that a user's sessions ended (the floor frees their window seat)
 * is told at logout, and at expiry once the user has no other session left ({@link #sweep}).
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
    private java.util.function.Consumer<String> ended = user -> { };
    private java.util.concurrent.ScheduledExecutorService sweeper;

    /** @param idleSeconds a session ends after this long without a request */
    public Sessions(long idleSeconds) {
        this.idleMillis = idleSeconds * 1000;
    }

    /** @param accounts asked again whether a session's account must change its password once a password changed on this node */
    public void setAccounts(org.qinqing.hall.api.Accounts accounts) {
        this.accounts = accounts;
    }

    /** @param ended told the user name at logout, and when their last session expired */
    public void setEnded(java.util.function.Consumer<String> ended) {
        this.ended = ended;
    }

    /** Sweeps expired sessions every half idle time (at most every minute). */
    public synchronized void start() {
        sweeper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-session-sweeper");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1000, Math.min(60_000, idleMillis / 2));
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    /** Drops expired sessions; tells {@code ended} of each user left with none. */
    public void sweep() {
        long now = System.currentTimeMillis();
        java.util.Set<String> expired = new java.util.HashSet<>();
        sessions.entrySet().removeIf(e -> {
            boolean idle = now - e.getValue().lastSeen > idleMillis;
            if (idle) {
                expired.add(e.getValue().caller.username());
            }
            return idle;
        });
        sessions.values().forEach(s -> expired.remove(s.caller.username()));
        expired.forEach(this::tellEnded);
    }

    private void tellEnded(String username) {
        try {
            ended.accept(username);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Sessions.class).warn("Ending the session of {} elsewhere failed", username, e);
        }
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
            sweep();
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
            if (sessions.remove(token) != null && sessions.values().stream().noneMatch(o -> o.caller.username().equals(s.caller.username()))) {
                tellEnded(s.caller.username());
            }
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

    /** Logout: ends the session and tells {@code ended}. */
    public void close(String token) {
        Session s = token == null ? null : sessions.remove(token);
        if (s != null) {
            tellEnded(s.caller.username());
        }
    }
}
