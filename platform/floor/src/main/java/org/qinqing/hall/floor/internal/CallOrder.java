package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.qinqing.hall.floor.Site;
import org.qinqing.hall.floor.Window;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * The next tickets for a window in calling order, read without sorting the waiting line: within
 * each class of ticket (transferred to the window; per queue, walk-ins and appointments, VIP or
 * not) the calling order is the order of issue, which an index gives, so the first few of each
 * class, merged by {@link Ranking}, are the first few overall.
 */
final class CallOrder {
    private static final String[] KINDS = {"WALK_IN", "APPOINTMENT"};
    private final int perClass;

    /** @param perClass how many candidates to read per class: the claims a window may lose to other nodes before it reads again */
    CallOrder(int perClass) {
        this.perClass = perClass;
    }

    /** Ticket ids, best first. */
    List<Long> candidates(Tx tx, Site site, Window window, LocalDate day, Instant overdueBefore) throws SQLException {
        // one statement: a limited, index-ordered read per class, side by side
        StringBuilder sql = new StringBuilder(select(1, "floor_ticket_transferred")
                + "WHERE target_window = ? AND state = 'WAITING' AND day = ? AND site = ?" + first());
        for (int q = 0; q < window.queues().size(); q++) {
            for (String kind : KINDS) {
                for (String vip : new String[] {"FALSE", "TRUE"}) {
                    sql.append(" UNION ALL ").append(select(0, "floor_ticket_calling")).append("WHERE site = ? AND day = ? AND state = 'WAITING' "
                            + "AND queue = ? AND kind = '").append(kind).append("' AND vip = ").append(vip).append(" AND target_window IS NULL").append(first());
                }
            }
        }
        PreparedStatement ps = tx.prepare(sql.toString());
        int i = 1;
        ps.setString(i++, window.code());
        Sql.setDate(ps, i++, day);
        ps.setString(i++, site.code());
        for (String queue : window.queues()) {
            for (int c = 0; c < KINDS.length * 2; c++) {
                ps.setString(i++, site.code());
                Sql.setDate(ps, i++, day);
                ps.setString(i++, queue);
            }
        }
        List<Ranking.Waiting> transferred = new ArrayList<>();
        List<Ranking.Waiting> rest = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                (rs.getInt(5) == 1 ? transferred : rest).add(new Ranking.Waiting(rs.getLong(1), rs.getString(2), rs.getBoolean(3), Sql.instant(rs, 4)));
            }
        }
        transferred.sort(Comparator.comparing(Ranking.Waiting::issuedAt).thenComparingLong(Ranking.Waiting::id));
        rest.sort(Ranking.order(overdueBefore));
        List<Long> ids = new ArrayList<>();
        transferred.forEach(w -> ids.add(w.id()));
        rest.stream().limit(perClass).forEach(w -> ids.add(w.id()));
        return ids;
    }

    private static String select(int transferred, String index) {
        return "SELECT id, kind, vip, issued_at, t FROM (SELECT id, kind, vip, issued_at, " + transferred + " AS t FROM floor_ticket" + derbyIndex(index);
    }

    private String first() {
        return " ORDER BY issued_at, id FETCH FIRST " + perClass + " ROWS ONLY) c";
    }

    /**
     * Derby's optimizer, without statistics on a young table, scans and sorts the whole table
     * instead; the hint is a comment to PostgreSQL, whose planner picks the index itself.
     */
    private static String derbyIndex(String index) {
        return " --DERBY-PROPERTIES index=" + index + "\n ";
    }
}
