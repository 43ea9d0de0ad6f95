package org.qinqing.hall.cases.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauge {@code hall_cases_open{department, colour}}: open cases with running or paused clocks
 * by their SLA colour today (green, yellow, red, overdue, paused), as {@link Clocks#view} colours
 * them. Counted by one grouped query from the database — so every node of a hall reports the same
 * — every {@link #PERIOD_SECONDS} seconds in the background; a scrape only reads the last count.
 */
final class OpenCases {
    static final String METER = "hall.cases.open";
    static final long PERIOD_SECONDS = 15;
    static final List<String> COLOURS = List.of("green", "yellow", "red", "overdue", "paused");
    private static final Logger LOG = LoggerFactory.getLogger(OpenCases.class);
    private static final String SQL = "SELECT department, colour, COUNT(*) FROM (SELECT department, CASE"
            + " WHEN paused_since IS NOT NULL THEN 'paused' WHEN legal_deadline < ? THEN 'overdue'"
            + " WHEN promised_deadline < ? THEN 'red' WHEN yellow_on <= ? THEN 'yellow' ELSE 'green' END AS colour"
            + " FROM hall_case WHERE status IN ('ACCEPTED', 'UNDER_REVIEW', 'SUSPENDED', 'SUPPLEMENT_REQUESTED')"
            + " AND accepted_on IS NOT NULL AND decided_on IS NULL) open_case GROUP BY department, colour";

    private final Database db;
    private final HallClock clock;
    private final MultiGauge gauge;
    private volatile Map<String, Map<String, Long>> counts = Map.of();
    private ScheduledExecutorService timer;
    private boolean failing;

    OpenCases(Database db, HallClock clock, MeterRegistry registry) {
        this.db = db;
        this.clock = clock;
        this.gauge = MultiGauge.builder(METER).description("Open cases (clocks started, not decided) by department and SLA colour today")
                .register(registry);
    }

    /** Counts now and every {@link #PERIOD_SECONDS} seconds on a thread of its own. */
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-cases-open-gauge");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::refreshQuietly, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
        gauge.register(List.of(), false);
    }

    private void refreshQuietly() {
        try {
            refresh();
            failing = false;
        } catch (RuntimeException e) {
            // the gauge keeps its last count; said once per outage, not every 15 seconds
            if (!failing) {
                LOG.warn("Counting open cases for the metrics failed; the gauge shows the last count until it works again", e);
            }
            failing = true;
        }
    }

    /** Reads the counts and makes sure every department seen has its five series. */
    void refresh() {
        LocalDate today = clock.today();
        Map<String, Map<String, Long>> read = db.read(c -> {
            Map<String, Map<String, Long>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                for (int i = 1; i <= 3; i++) {
                    Sql.setDate(ps, i, today);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), d -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                    }
                }
            }
            return out;
        });
        counts = read;
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (String department : new TreeSet<>(read.keySet())) {
            for (String colour : COLOURS) {
                rows.add(MultiGauge.Row.of(Tags.of("department", department, "colour", colour), this, o -> o.count(department, colour)));
            }
        }
        // existing series stay registered (they read the map above); a department with no open case left goes
        gauge.register(rows, false);
    }

    /** @return the last count of a department's open cases of a colour */
    long count(String department, String colour) {
        return counts.getOrDefault(department, Map.of()).getOrDefault(colour, 0L);
    }
}
