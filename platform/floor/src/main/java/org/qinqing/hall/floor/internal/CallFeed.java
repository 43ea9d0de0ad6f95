package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.qinqing.hall.floor.BoardCall;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings every call to the board connections of this node, whichever node made it: one thread
 * per node reads floor_call past the last sequence number it saw, every {@code pollMillis} while
 * anyone follows (and at once when this node made a call). One query per node, not per screen.
 */
final class CallFeed {
    private static final Logger LOG = LoggerFactory.getLogger(CallFeed.class);
    private final Database db;
    private final long pollMillis;
    private final List<Follower> followers = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService thread;
    private volatile long last = -1;

    private record Follower(String site, Consumer<BoardCall> listener) {
    }

    CallFeed(Database db, long pollMillis) {
        this.db = db;
        this.pollMillis = pollMillis;
    }

    synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-floor-call-feed");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    AutoCloseable follow(String site, Consumer<BoardCall> listener) {
        Follower f = new Follower(site, listener);
        followers.add(f);
        return () -> followers.remove(f);
    }

    /** A call was committed here: look now rather than at the next tick. */
    void wake() {
        ScheduledExecutorService t = thread;
        if (t != null && !followers.isEmpty()) {
            try {
                t.execute(this::poll);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // the feed is stopping with its bundle; nobody is left to tell
            }
        }
    }

    private void poll() {
        try {
            if (last < 0) {
                last = latest();
            }
            if (followers.isEmpty()) {
                return;
            }
            for (BoardCall c : after(last, 500)) {
                last = c.seq();
                for (Follower f : followers) {
                    if (f.site().equals(c.site())) {
                        try {
                            f.listener().accept(c);
                        } catch (RuntimeException e) {
                            LOG.debug("a board connection failed to take a call", e);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Reading the calls for the boards failed; trying again", e);
        }
    }

    long latest() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM floor_call"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    List<BoardCall> after(long seq, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM floor_call WHERE seq > ? ORDER BY seq FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
                ps.setLong(1, seq);
                List<BoardCall> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            }
        });
    }

    static BoardCall row(ResultSet rs) throws java.sql.SQLException {
        return new BoardCall(rs.getLong("seq"), rs.getString("site"), rs.getString("label"), rs.getString("window_code"),
                rs.getInt("window_number"), Sql.instant(rs, "called_at"), rs.getBoolean("recall"));
    }
}
