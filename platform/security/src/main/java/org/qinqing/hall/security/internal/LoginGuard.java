package org.qinqing.hall.security.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qinqing.hall.api.LoginThrottle;
import org.qinqing.hall.api.LoginThrottledException;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * Counts failed logins per account and per client address in the database (so every node and
 * every restart sees the same counts), refuses attempts while either is locked, and writes each
 * failure, lock, refusal and success to the audit trail (user, address, channel — never the
 * password). Called by the realm's {@link GuardLoginModule}, so REST, web sessions and the SSH
 * console are guarded alike. Times are the machine's clock, not the hall clock (which tests fix).
 */
public class LoginGuard implements LoginThrottle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));
    /**
     * A lock state read from the database is trusted this long; this node's own writes replace it
     * at once. So each active account and address costs at most one primary-key read per 5 s, and a
     * lock set by another node is obeyed here within 5 s (the count itself is always the database's).
     */
    private static final long STATE_TTL_MILLIS = 5000;
    private static final int MAX_CACHED = 50_000;

    private record State(int failures, Instant windowStart, Instant lockedUntil, long readAt) {
    }

    private final Database db;
    private final ThrottlePolicy policy;
    private final Clock clock;
    /** A cache of the rows, so a burst of refused attempts does not read the database each time. */
    private final Map<String, State> states = new ConcurrentHashMap<>();
    /** Locks whose refusals this node has already audited: one record per key, channel and lock, not one per attempt. */
    private final Map<String, Instant> refusalAudited = new ConcurrentHashMap<>();

    public LoginGuard(Database db, ThrottlePolicy policy, Clock clock) {
        this.db = db;
        this.policy = policy;
        this.clock = clock;
    }

    /** Blueprint: the policy from configuration, the machine's clock. */
    public LoginGuard(Database db, int accountFailures, int addressFailures, long windowSeconds, long lockSeconds, long maxLockSeconds) {
        this(db, new ThrottlePolicy(accountFailures, addressFailures, Duration.ofSeconds(windowSeconds), Duration.ofSeconds(lockSeconds),
                Duration.ofSeconds(maxLockSeconds)), Clock.systemUTC());
    }

    /**
     * Refuses the attempt without a password check while the account or the address is locked.
     *
     * @throws LoginThrottledException naming when to retry
     */
    @Override
    public void check(String user, String address, String channel) throws LoginThrottledException {
        Instant now = clock.instant();
        Instant userLock = locked(userKey(user), now);
        Instant addressLock = address == null ? null : locked(addressKey(address), now);
        if (userLock == null && addressLock == null) {
            return;
        }
        boolean byAccount = userLock != null && (addressLock == null || !userLock.isBefore(addressLock));
        Instant until = byAccount ? userLock : addressLock;
        String key = (byAccount ? userKey(user) : addressKey(address)) + "|" + channel;
        if (!until.equals(refusalAudited.get(key))) {
            if (refusalAudited.size() > MAX_CACHED) {
                refusalAudited.clear();
            }
            refusalAudited.put(key, until);
            db.write(tx -> {
                tx.audit(record(user, "login-throttled", channel, byAccount ? "account locked" : "address locked",
                        detail(address, null, until)));
                return null;
            });
        }
        long seconds = Duration.between(now, until).toMillis() / 1000 + 1;
        throw new LoginThrottledException((byAccount ? "too many failed logins for this account" : "too many failed logins from this address")
                + "; try again in " + seconds + " s (after " + TIME.format(until) + ")", until, seconds);
    }

    /** Counts a failed login for the account and the address; a count at the threshold locks. */
    public void failed(String user, String address, String channel) {
        Instant now = clock.instant();
        db.write(tx -> {
            State account = count(tx, userKey(user), now, policy.accountThreshold());
            State from = address == null ? null : count(tx, addressKey(address), now, policy.addressThreshold());
            tx.audit(record(user, "login-failed", channel, null, detail(address, account.failures(), null)));
            if (account.lockedUntil() != null) {
                tx.audit(record(user, "login-locked", channel, account.failures() + " failed logins within "
                        + policy.window().toMinutes() + " minutes", detail(address, account.failures(), account.lockedUntil())));
            }
            if (from != null && from.lockedUntil() != null) {
                tx.audit(record(user, "login-locked", channel, from.failures() + " failed logins from address " + address,
                        detail(address, from.failures(), from.lockedUntil())));
            }
            tx.onCommit(() -> {
                states.put(userKey(user), account);
                if (from != null) {
                    states.put(addressKey(address), from);
                }
            });
            return null;
        });
    }

    /** A successful login: the account's failures are forgotten (the address's stay until their window ends). */
    public void succeeded(String user, String address, String channel) {
        db.write(tx -> {
            PreparedStatement del = tx.prepare("DELETE FROM login_throttle WHERE throttle_key = ?");
            del.setString(1, userKey(user));
            del.executeUpdate();
            tx.audit(record(user, "login", channel, null, detail(address, null, null)));
            tx.onCommit(() -> states.remove(userKey(user)));
            return null;
        });
    }

    /** @return until when the key is locked, or {@code null} */
    private Instant locked(String key, Instant now) {
        State s = states.get(key);
        if (s == null || System.currentTimeMillis() - s.readAt() > STATE_TTL_MILLIS) {
            s = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT failures, window_start, locked_until FROM login_throttle WHERE throttle_key = ?")) {
                    ps.setString(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? new State(rs.getInt(1), Sql.instant(rs, 2), Sql.instant(rs, 3), System.currentTimeMillis())
                                : new State(0, now, null, System.currentTimeMillis());
                    }
                }
            });
            if (states.size() > MAX_CACHED) {
                states.clear();
            }
            states.put(key, s);
        }
        return s.lockedUntil() != null && s.lockedUntil().isAfter(now) ? s.lockedUntil() : null;
    }

    /** Adds one failure to the key's row in the unit's transaction. @return the row after it */
    private State count(Tx tx, String key, Instant now, int threshold) throws SQLException {
        PreparedStatement read = tx.prepare("SELECT failures, window_start, locked_until FROM login_throttle WHERE throttle_key = ?");
        read.setString(1, key);
        int failures;
        Instant windowStart;
        Instant lockedUntil;
        boolean exists;
        try (ResultSet rs = read.executeQuery()) {
            exists = rs.next();
            failures = exists ? rs.getInt(1) : 0;
            windowStart = exists ? Sql.instant(rs, 2) : now;
            lockedUntil = exists ? Sql.instant(rs, 3) : null;
        }
        if (Duration.between(windowStart, now).compareTo(policy.window()) > 0) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        Instant lock = policy.lockedUntil(now, failures, threshold);
        if (lock == null && lockedUntil != null && lockedUntil.isAfter(now)) {
            lock = lockedUntil;
        }
        PreparedStatement write = tx.prepare(exists
                ? "UPDATE login_throttle SET failures = ?, window_start = ?, locked_until = ? WHERE throttle_key = ?"
                : "INSERT INTO login_throttle (failures, window_start, locked_until, throttle_key) VALUES (?, ?, ?, ?)");
        write.setInt(1, failures);
        Sql.setInstant(write, 2, windowStart);
        Sql.setInstant(write, 3, lock);
        write.setString(4, key);
        write.executeUpdate();
        return new State(failures, windowStart, lock != null && lock.isAfter(now) && failures >= threshold ? lock : null,
                System.currentTimeMillis());
    }

    static String userKey(String user) {
        return "user:" + clip(user, 100);
    }

    static String addressKey(String address) {
        return "addr:" + clip(address, 100);
    }

    private static AuditRecord record(String user, String action, String channel, String reason, String detail) {
        String who = clip(user == null ? "" : user, 64);
        return new AuditRecord("login", who.isEmpty() ? "-" : who, action, who.isEmpty() ? "-" : who, clip(channel, 20), null, null, null,
                reason, detail);
    }

    private static String detail(String address, Integer failures, Instant until) {
        StringBuilder sb = new StringBuilder("{\"address\":\"").append(json(clip(address == null ? "unknown" : address, 100))).append('"');
        if (failures != null) {
            sb.append(",\"failures\":").append(failures);
        }
        if (until != null) {
            sb.append(",\"lockedUntil\":\"").append(until).append('"');
        }
        return sb.append('}').toString();
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
