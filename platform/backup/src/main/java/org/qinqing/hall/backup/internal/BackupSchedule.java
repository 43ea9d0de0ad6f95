package org.qinqing.hall.backup.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.backup.BackupInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily backup into the configured directory at a time of day in Beijing time (the hall's zone,
 * whatever the server's), then retention.
 * A wrong setting is logged and leaves the schedule off; {@code hall:backup} keeps working.
 */
public class BackupSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupService service;
    private final boolean enabled;
    private final String at;
    private final int keep;
    private final ScheduleClaim claim;
    private final Clock clock;
    private ScheduledExecutorService timer;
    private LocalTime time;
    /** The slot last run: a timer that fires a little early must not run it twice. */
    private ZonedDateTime lastSlot;

    public BackupSchedule(BackupService service, boolean enabled, String at, int keep) {
        this(service, enabled, at, keep, ScheduleClaim.SINGLE_NODE, Clock.system(HallClock.ZONE));
    }

    BackupSchedule(BackupService service, boolean enabled, String at, int keep, ScheduleClaim claim, Clock clock) {
        this.service = service;
        this.enabled = enabled;
        this.at = at;
        this.keep = keep;
        this.claim = claim;
        this.clock = clock;
    }

    public synchronized void start() {
        if (!enabled) {
            LOG.info("Scheduled backups are off (enabled = false in etc/org.qinqing.hall.backup.cfg); hall:backup takes one by hand");
            return;
        }
        try {
            time = LocalTime.parse(at.trim());
        } catch (DateTimeParseException e) {
            LOG.error("Scheduled backups are OFF: at = '{}' in etc/org.qinqing.hall.backup.cfg is not a time of day HH:MM", at);
            return;
        }
        if (keep < 1) {
            LOG.error("Scheduled backups are OFF: keep = {} in etc/org.qinqing.hall.backup.cfg must be at least 1", keep);
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-backup-schedule");
            t.setDaemon(true);
            return t;
        });
        scheduleNext();
    }

    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private synchronized void scheduleNext() {
        if (timer == null) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = next(lastSlot != null && lastSlot.isAfter(now) ? lastSlot : now, time);
        timer.schedule(() -> runSlot(next), Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Next scheduled backup at {} into {} (keeping {})", next, service.directory(), keep);
    }

    /** @return the first instant at {@code time} of day strictly after {@code now} */
    static ZonedDateTime next(ZonedDateTime now, LocalTime time) {
        ZonedDateTime today = now.with(time);
        return today.isAfter(now) ? today : now.plusDays(1).with(time);
    }

    /** Runs the backup of one slot, then retention; a failure is logged and the next slot still comes. */
    void runSlot(ZonedDateTime slot) {
        synchronized (this) {
            lastSlot = slot;
        }
        try {
            String key = slot.toLocalDateTime().toString();
            if (claim.claim(key)) {
                BackupInfo info = service.backup(null, Actor.system("backup"));
                List<String> removed = service.retain(keep);
                LOG.info("Scheduled backup {} written; retention removed {}", info.path(), removed);
            } else {
                LOG.info("Scheduled backup of {} is run by another node", key);
            }
        } catch (Exception e) {
            LOG.error("Scheduled backup failed; the next is tried at the next slot", e);
        } finally {
            scheduleNext();
        }
    }
}
