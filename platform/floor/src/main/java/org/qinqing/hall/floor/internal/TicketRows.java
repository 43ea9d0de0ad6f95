package org.qinqing.hall.floor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.qinqing.hall.floor.Ticket;
import org.qinqing.hall.store.Sql;

/** Reads floor_ticket rows. */
final class TicketRows {
    static final String COLUMNS = "id, label, site, queue, day, state, applicant, item, appointment, vip, specialist, issued_at, called_at, "
            + "window_code, kind, recalls, rating_code";

    private TicketRows() {
    }

    static Ticket ticket(ResultSet rs, int ahead, int estimate) throws SQLException {
        return new Ticket(rs.getLong("id"), rs.getString("label"), rs.getString("site"), rs.getString("queue"), Sql.date(rs, "day"),
                rs.getString("state"), rs.getString("applicant"), rs.getString("item"), rs.getString("appointment"), rs.getBoolean("vip"),
                rs.getString("specialist"), ahead, estimate, Sql.instant(rs, "issued_at"), Sql.instant(rs, "called_at"),
                rs.getString("window_code"), rs.getString("rating_code"));
    }
}
