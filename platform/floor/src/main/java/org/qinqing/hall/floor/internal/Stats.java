package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qinqing.hall.floor.QueueStats;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;

/** Queue statistics per site, queue and window over a period. */
final class Stats {
    private final Database db;
    private final Sites sites;
    private final Rules rules;

    Stats(Database db, Sites sites, Rules rules) {
        this.db = db;
        this.sites = sites;
        this.rules = rules;
    }

    /** Figures being summed for one group. */
    private static final class Acc {
        int tickets;
        int served;
        int noShows;
        int vip;
        int talent;
        int booked;
        int checkedIn;
        final List<Double> waits = new ArrayList<>();
        final List<Double> services = new ArrayList<>();

        QueueStats.Row row(String group, String site, String key, int target) {
            double[] w = waits.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double avgWait = w.length == 0 ? 0 : Arrays.stream(w).average().orElse(0);
            double p90 = w.length == 0 ? 0 : w[(int) Math.ceil(0.9 * w.length) - 1];
            double over = w.length == 0 ? 0 : Arrays.stream(w).filter(x -> x > target).count() / (double) w.length;
            double service = services.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            return new QueueStats.Row(group, site, key, tickets, served, noShows, round(avgWait), round(p90), round(over), round(service),
                    booked, checkedIn, vip, talent);
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    QueueStats stats(String site, LocalDate from, LocalDate to) {
        if (site != null) {
            sites.site(site);
        }
        Map<String, Acc> groups = new TreeMap<>();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT site, queue, window_code, state, vip, issued_at, first_called_at, done_at "
                    + "FROM floor_ticket WHERE day >= ? AND day <= ?" + (site == null ? "" : " AND site = ?"))) {
                Sql.setDate(ps, 1, from);
                Sql.setDate(ps, 2, to);
                if (site != null) {
                    ps.setString(3, site);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String s = rs.getString(1);
                        String window = rs.getString(3);
                        List<Acc> accs = new ArrayList<>();
                        accs.add(groups.computeIfAbsent("site\t" + s + "\t", k -> new Acc()));
                        accs.add(groups.computeIfAbsent("queue\t" + s + "\t" + rs.getString(2), k -> new Acc()));
                        if (window != null) {
                            accs.add(groups.computeIfAbsent("window\t" + s + "\t" + window, k -> new Acc()));
                        }
                        String state = rs.getString(4);
                        Instant issued = Sql.instant(rs, 6);
                        Instant called = Sql.instant(rs, 7);
                        Instant done = Sql.instant(rs, 8);
                        boolean talent = window != null && "TALENT".equals(sites.window(window).kind());
                        for (Acc a : accs) {
                            a.tickets++;
                            if (called != null) {
                                a.waits.add(Duration.between(issued, called).toMillis() / 60_000.0);
                            }
                            if (state.equals("DONE")) {
                                a.served++;
                                a.vip += rs.getBoolean(5) ? 1 : 0;
                                a.talent += talent ? 1 : 0;
                                if (called != null && done != null) {
                                    a.services.add(Duration.between(called, done).toMillis() / 60_000.0);
                                }
                            } else if (state.equals("NO_SHOW")) {
                                a.noShows++;
                            }
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT site, state, COUNT(*) FROM floor_appointment WHERE day >= ? AND day <= ?"
                    + (site == null ? "" : " AND site = ?") + " GROUP BY site, state")) {
                Sql.setDate(ps, 1, from);
                Sql.setDate(ps, 2, to);
                if (site != null) {
                    ps.setString(3, site);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Acc a = groups.computeIfAbsent("site\t" + rs.getString(1) + "\t", k -> new Acc());
                        String state = rs.getString(2);
                        if (!state.equals("CANCELLED")) {
                            a.booked += rs.getInt(3);
                        }
                        if (state.equals("CHECKED_IN") || state.equals("LATE")) {
                            a.checkedIn += rs.getInt(3);
                        }
                    }
                }
            }
            return null;
        });
        List<QueueStats.Row> rows = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>(Map.of("site", 0, "queue", 1, "window", 2));
        groups.entrySet().stream().sorted((a, b) -> {
            String[] x = a.getKey().split("\t", -1);
            String[] y = b.getKey().split("\t", -1);
            int c = x[1].compareTo(y[1]);
            return c != 0 ? c : order.get(x[0]) != order.get(y[0]).intValue() ? order.get(x[0]) - order.get(y[0]) : x[2].compareTo(y[2]);
        }).forEach(e -> {
            String[] k = e.getKey().split("\t", -1);
            rows.add(e.getValue().row(k[0], k[1], k[2].isEmpty() ? null : k[2], rules.targetWaitMinutes()));
        });
        return new QueueStats(from, to, rules.targetWaitMinutes(), rows);
    }
}
