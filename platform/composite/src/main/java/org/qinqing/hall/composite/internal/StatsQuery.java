package org.qinqing.hall.composite.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.CompositeStats;
import org.qinqing.hall.store.Sql;

/**
 * Time and visits saved per composite: the working days from intake to the last approval against
 * the sum of the sub-cases' own working days — what the applicant would have waited doing the
 * steps one after another — over the latest 2,000 approved cases of each composite.
 */
final class StatsQuery {
    private static final int SAMPLE = 2000;

    private final CompositeContext ctx;

    StatsQuery(CompositeContext ctx) {
        this.ctx = ctx;
    }

    List<CompositeStats> stats(List<CompositeInfo> composites) {
        List<CompositeStats> out = new ArrayList<>();
        for (CompositeInfo info : composites) {
            if (info.status().equals("REFUSED")) {
                continue;
            }
            out.add(ctx.db().read(c -> {
                long cases = 0;
                long visits = 0;
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), SUM(visits) FROM composite_case WHERE composite_code = ?")) {
                    ps.setString(1, info.code());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        cases = rs.getLong(1);
                        visits = rs.getLong(2);
                    }
                }
                Map<Long, long[]> sample = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id, accepted_on, approved_on FROM composite_case WHERE composite_code = ?"
                        + " AND approved_on IS NOT NULL ORDER BY id DESC FETCH FIRST " + SAMPLE + " ROWS ONLY")) {
                    ps.setString(1, info.code());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            sample.put(rs.getLong(1), new long[] {days(Sql.date(rs, "accepted_on"), Sql.date(rs, "approved_on")), 0});
                        }
                    }
                }
                if (!sample.isEmpty()) {
                    long min = sample.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
                    try (PreparedStatement ps = c.prepareStatement("SELECT case_id, started_on, done_on FROM composite_step"
                            + " WHERE case_id >= ? AND done_on IS NOT NULL")) {
                        ps.setLong(1, min);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                long[] s = sample.get(rs.getLong(1));
                                if (s != null) {
                                    s[1] += days(Sql.date(rs, "started_on"), Sql.date(rs, "done_on"));
                                }
                            }
                        }
                    }
                }
                Double avg = sample.isEmpty() ? null : sample.values().stream().mapToLong(s -> s[0]).average().orElse(0);
                Double seq = sample.isEmpty() ? null : sample.values().stream().mapToLong(s -> s[1]).average().orElse(0);
                double saved = avg != null && seq != null && seq > 0 ? 100.0 * (seq - avg) / seq
                        : info.sequentialPromisedDays() == 0 ? 0
                        : 100.0 * (info.sequentialPromisedDays() - info.promisedDays()) / info.sequentialPromisedDays();
                return new CompositeStats(info.code(), info.name(), cases, sample.size(), info.promisedDays(), info.sequentialPromisedDays(),
                        avg, seq, cases == 0 ? null : (double) visits / cases, info.sequentialVisits(), Math.round(saved * 10) / 10.0);
            }));
        }
        return out;
    }

    private long days(LocalDate from, LocalDate to) {
        return from == null || to == null || !to.isAfter(from) ? 0 : ctx.calendar().workingDaysBetween(from, to);
    }
}
