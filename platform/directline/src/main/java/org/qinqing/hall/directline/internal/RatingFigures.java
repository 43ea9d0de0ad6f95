package org.qinqing.hall.directline.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.directline.RatingStats;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;

/** The published 好差评 figures, computed in one aggregate query (months folded from days, portably). */
final class RatingFigures {
    private static final Map<String, String> GROUPS = Map.of("department", "r.department", "item", "r.item", "window", "r.window_code",
            "clerk", "r.clerk", "month", "r.rated_on");
    private static final String FIGURES = "COUNT(*), SUM(CASE WHEN r.level >= 3 THEN 1 ELSE 0 END), SUM(CASE WHEN r.level <= 2 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN x.status = 'CLOSED' AND x.on_time = 1 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN x.status IN ('OPEN', 'VERIFIED') THEN 1 ELSE 0 END), SUM(CASE WHEN x.status = 'CLOSED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN x.status = 'CLOSED' AND x.callback_outcome <> 'UNREACHED' THEN 1 ELSE 0 END)";

    private final Database db;

    RatingFigures(Database db) {
        this.db = db;
    }

    /** Sums of one group: ratings, good, bad, on time, open, closed, reached. */
    private static final class Sums {
        final long[] v = new long[7];

        void add(ResultSet rs, int first) throws java.sql.SQLException {
            for (int i = 0; i < v.length; i++) {
                v[i] += rs.getLong(first + i);
            }
        }

        RatingStats.Row row(String key) {
            return new RatingStats.Row(key, (int) v[0], rate(v[1], v[0]), (int) v[2], (int) v[3], (int) v[4]);
        }
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    RatingStats compute(String department, LocalDate from, LocalDate to, String groupBy) {
        String key = groupBy == null || groupBy.isBlank() ? null : GROUPS.get(groupBy);
        if (groupBy != null && !groupBy.isBlank() && key == null) {
            throw HallException.invalid("groupBy", "groupBy is one of " + new java.util.TreeSet<>(GROUPS.keySet()));
        }
        Sums total = new Sums();
        Map<String, Sums> groups = new TreeMap<>();
        db.read(c -> {
            String sql = "SELECT " + (key == null ? "" : key + ", ") + FIGURES + " FROM dl_rating r LEFT JOIN dl_rectification x ON x.rating_id = r.id"
                    + " WHERE r.rated_on >= ? AND r.rated_on <= ?" + (department == null ? "" : " AND r.department = ?")
                    + (key == null ? "" : " GROUP BY " + key);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.setDate(ps, 1, from);
                Sql.setDate(ps, 2, to);
                if (department != null) {
                    ps.setString(3, department);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (key == null) {
                            total.add(rs, 1);
                        } else {
                            String k = rs.getString(1);
                            if (k != null && groupBy.equals("month")) {
                                k = k.substring(0, 7);
                            }
                            groups.computeIfAbsent(k == null ? "-" : k, x -> new Sums()).add(rs, 2);
                            total.add(rs, 2);
                        }
                    }
                }
            }
            return null;
        });
        List<RatingStats.Row> rows = new ArrayList<>();
        groups.forEach((k, s) -> rows.add(s.row(k)));
        return new RatingStats((int) total.v[0], rate(total.v[1], total.v[0]), (int) total.v[2], (int) total.v[3], (int) total.v[4],
                rate(total.v[6], total.v[5]), rows);
    }
}
