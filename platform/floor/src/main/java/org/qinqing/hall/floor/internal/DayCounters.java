package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * Numbers per site, queue and day, kept in a database row incremented in the transaction that
 * uses the number: never reused within a day, also across restarts and nodes (the row lock
 * orders two nodes; the loser of a race to create the day's row updates it instead).
 */
final class DayCounters {

    private DayCounters() {
    }

    static int next(Tx tx, String site, String queue, LocalDate day) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            PreparedStatement up = tx.prepare("UPDATE floor_counter SET last_seq = last_seq + 1 WHERE site = ? AND queue = ? AND day = ?");
            up.setString(1, site);
            up.setString(2, queue);
            Sql.setDate(up, 3, day);
            if (up.executeUpdate() == 1) {
                PreparedStatement get = tx.prepare("SELECT last_seq FROM floor_counter WHERE site = ? AND queue = ? AND day = ?");
                get.setString(1, site);
                get.setString(2, queue);
                Sql.setDate(get, 3, day);
                try (ResultSet rs = get.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
            PreparedStatement in = tx.prepare("INSERT INTO floor_counter (site, queue, day, last_seq) VALUES (?, ?, ?, 1)");
            in.setString(1, site);
            in.setString(2, queue);
            Sql.setDate(in, 3, day);
            if (tx.insertUnlessDuplicate(in)) {
                return 1;
            }
            if (attempt > 2) {
                throw new SQLException("floor_counter row for " + site + "/" + queue + "/" + day + " neither updated nor inserted");
            }
        }
    }
}
