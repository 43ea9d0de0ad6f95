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
        List<Ranking.Waiting> transferred = read(tx.prepare("SELECT id, kind, vip, issued_at FROM floor_ticket" + derbyIndex("floor_ticket_transferred") + "WHERE target_window = ? "
                + "AND state = 'WAITING' AND day = ? AND site = ? ORDER BY issued_at, id FETCH FIRST " + perClass + " ROWS ONLY"),
                window.code(), day, site.code());
        List<Ranking.Waiting> rest = new ArrayList<>();
        PreparedStatement ps = tx.prepare("SELECT id, kind, vip, issued_at FROM floor_ticket" + derbyIndex("floor_ticket_calling") + "WHERE site = ? AND day = ? AND state = 'WAITING' "
                + "AND queue = ? AND kind = ? AND vip = ? AND target_window IS NULL ORDER BY issued_at, id FETCH FIRST " + perClass + " ROWS ONLY");
        for (String queue : window.queues()) {
            for (String kind : KINDS) {
                for (boolean vip : new boolean[] {false, true}) {
                    ps.setString(4, kind);
                    ps.setBoolean(5, vip);
                    rest.addAll(read(ps, site.code(), day, queue));
                }
            }
        }
        rest.sort(Ranking.order(overdueBefore));
        List<Long> ids = new ArrayList<>();
        transferred.sort(Comparator.comparing(Ranking.Waiting::issuedAt).thenComparingLong(Ranking.Waiting::id));
        transferred.forEach(w -> ids.add(w.id()));
        rest.stream().limit(perClass).forEach(w -> ids.add(w.id()));
        return ids;
    }

    /**
     * Derby's optimizer, without statistics on a young table, scans and sorts the whole table
     * instead; the hint is a comment to PostgreSQL, whose planner picks the index itself.
     */
    private static String derbyIndex(String index) {
        return " --DERBY-PROPERTIES index=" + index + "\n ";
    }

    private static List<Ranking.Waiting> read(PreparedStatement ps, String first, LocalDate day, String third) throws SQLException {
        ps.setString(1, first);
        Sql.setDate(ps, 2, day);
        ps.setString(3, third);
        List<Ranking.Waiting> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Ranking.Waiting(rs.getLong(1), rs.getString(2), rs.getBoolean(3), Sql.instant(rs, 4)));
            }
        }
        return out;
    }
}
