package org.qinqing.hall.cluster.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.RowFeed;
import org.qinqing.hall.store.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the caches of committed rows of nodes sharing one PostgreSQL database in step: the keys
 * each batch of this node committed are sent with {@code NOTIFY hall_rows} (the store calls
 * {@link #committed} in commit order), and what other nodes send is received on a connection of
 * its own that {@code LISTEN}s, and dropped from this node's cache. PostgreSQL delivers a
 * notification only when its transaction commits, in commit order, to every listener. On Derby
 * (one node) it does nothing. When the listening connection breaks, notifications may have been
 * missed: every region this node has heard of is emptied once it listens again.
 */
public final class RowNotices implements RowFeed {
    static final String CHANNEL = "hall_rows";
    /** PostgreSQL's limit on a payload is 8000 bytes: keys are sent in chunks well below it. */
    private static final int MAX_PAYLOAD_CHARS = 1800;
    private static final Logger LOG = LoggerFactory.getLogger(RowNotices.class);

    private final DataSource dataSource;
    private final Database db;
    private final String node;
    private final BlockingQueue<List<RowKey>> outgoing = new LinkedBlockingQueue<>(100_000);
    private final java.util.Set<String> regionsHeard = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile boolean postgresql;
    private Thread sender;
    private Thread listener;

    /**
     * @param dataSource the hall's DataSource (an optional reference: it may come after this bundle)
     * @param db the store (optional too), whose {@link Rows} other nodes' changes are dropped from
     * @param node this node's name
     */
    public RowNotices(DataSource dataSource, Database db, String node) {
        this.dataSource = dataSource;
        this.db = db;
        this.node = node;
    }

    public void start() {
        running = true;
        listener = thread("hall-row-listen", this::listenLoop);
    }

    public void stop() throws InterruptedException {
        running = false;
        for (Thread t : new Thread[] {sender, listener}) {
            if (t != null) {
                t.interrupt();
                t.join(5000);
            }
        }
    }

    @Override
    public void committed(List<RowKey> keys) {
        if (postgresql && running && !keys.isEmpty() && !outgoing.offer(keys)) {
            LOG.warn("Row notices queue full: {} changed keys not sent to the other nodes", keys.size());
        }
    }

    private static Thread thread(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void sendLoop() {
        while (running) {
            try {
                List<RowKey> first = outgoing.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<RowKey> keys = new ArrayList<>(first);
                List<List<RowKey>> more = new ArrayList<>();
                outgoing.drainTo(more, 1000);
                more.forEach(keys::addAll);
                send(keys);
            } catch (InterruptedException e) {
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Row notices not sent to the other nodes: {}", e.getMessage());
            }
        }
    }

    private void send(List<RowKey> keys) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            for (String payload : Payloads.encode(node, keys, MAX_PAYLOAD_CHARS)) {
                ps.setString(1, CHANNEL);
                ps.setString(2, payload);
                ps.execute();
            }
        }
    }

    /** Learns the database's kind (waiting for the DataSource), then listens on PostgreSQL and ends on Derby. */
    private void listenLoop() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                postgresql = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
                break;
            } catch (SQLException | RuntimeException notYet) {
                if (!pause()) {
                    return;
                }
            }
        }
        if (!postgresql) {
            return; // one node on embedded Derby: nothing to send or hear
        }
        sender = thread("hall-row-notify", this::sendLoop);
        boolean first = true;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                if (!first) {
                    // notifications may have been lost while not listening
                    regionsHeard.forEach(db.rows()::invalidateAll);
                }
                first = false;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] got = pg.getNotifications(1000);
                    if (got != null) {
                        for (PGNotification n : got) {
                            apply(n.getParameter());
                        }
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.execute("UNLISTEN " + CHANNEL);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Listening for other nodes' row changes failed ({}); listening again in 1 s", e.getMessage());
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(1000);
            return running;
        } catch (InterruptedException stop) {
            return false;
        }
    }

    void apply(String payload) {
        Payloads.Decoded d = Payloads.decode(payload);
        if (d == null || d.node().equals(node)) {
            return; // this node's own changes are in its cache already
        }
        Rows rows = db.rows();
        for (RowKey k : d.keys()) {
            regionsHeard.add(k.region());
            rows.invalidate(k.region(), k.key());
        }
    }
}
