package org.qinqing.hall.cluster.internal;

import java.sql.PreparedStatement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.qinqing.hall.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records this node in {@code hall_node} every {@value #PERIOD_SECONDS} s, in the database's time, with
 * the version and build time of every hall and department bundle, for {@code hall:cluster}.
 */
public final class Heartbeat {
    static final int PERIOD_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final Database db;
    private final BundleContext context;
    private final String node;
    private ScheduledExecutorService timer;
    private volatile boolean started;

    public Heartbeat(Database db, BundleContext context, String node) {
        this.db = db;
        this.context = context;
        this.node = node;
    }

    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::beatQuietly, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            // the database is away or the store restarting: the next beat tries again, and the node shows as silent meanwhile
            LOG.warn("Heartbeat of node {} not recorded: {}", node, e.getMessage());
        }
    }

    void beat() {
        String bundles = Nodes.encode(bundles(context));
        boolean first = !started;
        db.write(tx -> {
            PreparedStatement up = tx.prepare(first
                    ? "UPDATE hall_node SET started_at = CURRENT_TIMESTAMP, seen_at = CURRENT_TIMESTAMP, bundles = ? WHERE node = ?"
                    : "UPDATE hall_node SET seen_at = CURRENT_TIMESTAMP, bundles = ? WHERE node = ?");
            up.setString(1, bundles);
            up.setString(2, node);
            if (up.executeUpdate() == 0) {
                PreparedStatement in = tx.prepare("INSERT INTO hall_node (node, started_at, seen_at, bundles)"
                        + " VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)");
                in.setString(1, node);
                in.setString(2, bundles);
                in.executeUpdate();
            }
            return null;
        });
        started = true;
    }

    /** @return symbolic name → version (and build time, which tells two builds of one snapshot apart) of the hall's bundles */
    static Map<String, String> bundles(BundleContext context) {
        Map<String, String> out = new TreeMap<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && name.startsWith("org.qinqing.hall")) {
                String built = b.getHeaders("").get("Bnd-LastModified");
                out.put(name, b.getVersion() + (built == null ? "" : "@" + built));
            }
        }
        return out;
    }
}
