package org.qinqing.hall.store.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anchors the audit chain's head every {@code anchorIntervalSeconds} (0: only on demand, {@code hall:audit-anchor}). */
public final class AnchorSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(AnchorSchedule.class);

    private final JdbcDatabase audit;
    private final long intervalSeconds;
    private ScheduledExecutorService timer;

    public AnchorSchedule(JdbcDatabase audit, long intervalSeconds) {
        this.audit = audit;
        this.intervalSeconds = intervalSeconds;
    }

    public void start() {
        if (intervalSeconds <= 0) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-audit-anchor");
            t.setDaemon(true);
            return t;
        });
        // asked every quarter interval; one node of those sharing the database anchors per interval
        java.time.Duration interval = java.time.Duration.ofSeconds(intervalSeconds);
        long tick = Math.max(1, intervalSeconds / 4);
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (audit.claim("audit-anchor", interval)) {
                    audit.anchor();
                }
            } catch (RuntimeException e) {
                // the next run tries again; an anchor missed is a gap in time, not a loss of records
                LOG.error("Anchoring the audit chain failed", e);
            }
        }, intervalSeconds, tick, TimeUnit.SECONDS);
    }

    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
