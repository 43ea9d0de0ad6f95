package org.qinqing.hall.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.qinqing.hall.api.StaffSession;
import org.qinqing.hall.api.StaffSessions;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Sql;

/**
 * Staff web sessions in the table {@code staff_session}, by SHA-256 of the token. A session read is
 * kept in the region {@code security.session} of the store's cache of committed rows, so a burst of
 * requests costs no read, and a logout on any node drops it from every node's cache. A session's
 * expiry moves with its requests, written at most once a minute. Times are the machine's clock,
 * not the hall clock (which tests fix).
 */
public class StaffSessionService implements StaffSessions {
    /** A request moves the expiry in the database only when the last move is this old. */
    static final Duration WRITE_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A session row. */
    record Row(String username, Instant expiresAt, long idleSeconds) {
    }

    private final Database db;
    private final StaffStore store;
    private final Clock clock;
    private final Region<Row> sessions;

    public StaffSessionService(Database db, StaffStore store) {
        this(db, store, Clock.systemUTC());
    }

    StaffSessionService(Database db, StaffStore store, Clock clock) {
        this.db = db;
        this.store = store;
        this.clock = clock;
        this.sessions = db.rows().region("security.session", 20_000);
    }

    @Override
    public String open(String username, Duration idle) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        String hash = hash(token);
        Instant now = clock.instant();
        db.write(tx -> {
            // the expired sessions of all: logins are few, and none of these can come back
            PreparedStatement gone = tx.prepare("DELETE FROM staff_session WHERE expires_at < ?");
            Sql.setInstant(gone, 1, now);
            gone.executeUpdate();
            PreparedStatement in = tx.prepare("INSERT INTO staff_session (token_hash, username, created_at, expires_at, idle_seconds) VALUES (?, ?, ?, ?, ?)");
            in.setString(1, hash);
            in.setString(2, username);
            Sql.setInstant(in, 3, now);
            Sql.setInstant(in, 4, now.plus(idle));
            in.setLong(5, idle.toSeconds());
            in.executeUpdate();
            return null;
        });
        return token;
    }

    @Override
    public StaffSession touch(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return null;
        }
        String hash = hash(token);
        Row row = sessions.get(hash, h -> db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT username, expires_at, idle_seconds FROM staff_session WHERE token_hash = ?")) {
                ps.setString(1, h);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Row(rs.getString(1), Sql.instant(rs, 2), rs.getLong(3)) : null;
                }
            }
        }));
        Instant now = clock.instant();
        if (row == null || !row.expiresAt().isAfter(now)) {
            return null;
        }
        StaffStore.Account account = store.account(row.username());
        if (account == null) {
            return null;
        }
        Instant movedAt = row.expiresAt().minusSeconds(row.idleSeconds());
        if (movedAt.plus(WRITE_EVERY).isBefore(now)) {
            Row moved = new Row(row.username(), now.plusSeconds(row.idleSeconds()), row.idleSeconds());
            boolean there = db.write(tx -> {
                PreparedStatement up = tx.prepare("UPDATE staff_session SET expires_at = ? WHERE token_hash = ?");
                Sql.setInstant(up, 1, moved.expiresAt());
                up.setString(2, hash);
                boolean updated = up.executeUpdate() == 1;
                if (updated) {
                    sessions.changed(tx, hash, moved);
                } else {
                    sessions.changed(tx, hash); // logged out meanwhile (on another node)
                }
                return updated;
            });
            if (!there) {
                return null;
            }
        }
        return new StaffSession(account.username(), account.allRoles(), account.mustChange());
    }

    @Override
    public void close(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return;
        }
        String hash = hash(token);
        db.write(tx -> {
            PreparedStatement del = tx.prepare("DELETE FROM staff_session WHERE token_hash = ?");
            del.setString(1, hash);
            del.executeUpdate();
            sessions.changed(tx, hash);
            return null;
        });
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
