package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * The candidates of several windows of a site at once, for a unit serving their calls
     * together: the first {@code perClass} of each class of the queues, and every ticket
     * transferred to one of the windows (a few at most; read whole, so that class never runs short).
     */
    static Read forWindows(Tx tx, Site site, Collection<String> queues, Collection<String> windows, LocalDate day, int perClass)
            throws SQLException {
        Read read = new Read(perClass);
        StringBuilder sql = new StringBuilder();
        for (int q = 0; q < queues.size(); q++) {
            for (String kind : KINDS) {
                for (String vip : new String[] {"FALSE", "TRUE"}) {
                    sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT id, queue, kind, vip, issued_at FROM (SELECT id, queue, kind, vip, issued_at "
                            + "FROM floor_ticket").append(derbyIndex("floor_ticket_calling")).append("WHERE site = ? AND day = ? AND state = 'WAITING' AND queue = ? "
                            + "AND kind = '").append(kind).append("' AND vip = ").append(vip).append(" AND target_window IS NULL ORDER BY issued_at, id "
                            + "FETCH FIRST ? ROWS ONLY) c");
                }
            }
        }
        PreparedStatement ps = tx.prepare(sql.toString());
        int i = 1;
        for (String queue : queues) {
            for (int c = 0; c < KINDS.length * 2; c++) {
                ps.setString(i++, site.code());
                Sql.setDate(ps, i++, day);
                ps.setString(i++, queue);
                ps.setLong(i++, perClass);
            }
        }
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                read.classes.computeIfAbsent(Read.key(rs.getString(2), rs.getString(3), rs.getBoolean(4)), k -> new ArrayList<>())
                        .add(new Ranking.Waiting(rs.getLong(1), rs.getString(3), rs.getBoolean(4), Sql.instant(rs, 5)));
            }
        }
        // IN lists padded to a power of two (the last window repeated): a few statements to keep prepared, not one per count
        int size = Integer.highestOneBit(Math.max(1, windows.size() * 2 - 1));
        PreparedStatement tr = tx.prepare("SELECT id, issued_at, target_window FROM floor_ticket" + derbyIndex("floor_ticket_transferred")
                + "WHERE target_window IN (" + "?, ".repeat(size - 1) + "?) AND state = 'WAITING' AND day = ? AND site = ?");
        i = 1;
        String last = null;
        for (String w : windows) {
            tr.setString(i++, last = w);
        }
        while (i <= size) {
            tr.setString(i++, last);
        }
        Sql.setDate(tr, i++, day);
        tr.setString(i, site.code());
        try (ResultSet rs = tr.executeQuery()) {
            while (rs.next()) {
                read.transferred.computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(new Ranking.Waiting(rs.getLong(1), "TRANSFER", false, Sql.instant(rs, 2)));
            }
        }
        read.transferred.values().forEach(l -> l.sort(Comparator.comparing(Ranking.Waiting::issuedAt).thenComparingLong(Ranking.Waiting::id)));
        return read;
    }

    /** Candidates read once for several windows ({@link #forWindows}), each class in issue order. */
    static final class Read {
        private final int perClass;
        private final Map<String, List<Ranking.Waiting>> classes = new HashMap<>();
        private final Map<String, List<Ranking.Waiting>> transferred = new HashMap<>();

        private Read(int perClass) {
            this.perClass = perClass;
        }

        private static String key(String queue, String kind, boolean vip) {
            return queue + '|' + kind + '|' + vip;
        }

        /**
         * @param taken tickets already claimed, or lost to other nodes
         * @return the window's candidates not taken, best first; null when a class the window serves
         *         was read to its limit and all of it is taken, so its next tickets are unknown
         */
        List<Long> best(Window window, Instant overdueBefore, Set<Long> taken) {
            List<Long> ids = new ArrayList<>();
            transferred.getOrDefault(window.code(), List.of()).stream().filter(w -> !taken.contains(w.id())).forEach(w -> ids.add(w.id()));
            List<Ranking.Waiting> rest = new ArrayList<>();
            for (String queue : window.queues()) {
                for (String kind : KINDS) {
                    for (boolean vip : new boolean[] {false, true}) {
                        List<Ranking.Waiting> c = classes.getOrDefault(key(queue, kind, vip), List.of());
                        int before = rest.size();
                        c.stream().filter(w -> !taken.contains(w.id())).forEach(rest::add);
                        if (rest.size() == before && c.size() == perClass) {
                            return null;
                        }
                    }
                }
            }
            rest.sort(Ranking.order(overdueBefore));
            rest.forEach(w -> ids.add(w.id()));
            return ids;
        }
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
