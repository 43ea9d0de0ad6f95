package org.qinqing.hall.sla.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/** The clock columns of one case the scanner works on, read inside the writer's transaction. */
record DueCase(long id, String caseNumber, String department, String departmentName, String itemName, String status, int rung,
        LocalDate yellowOn, LocalDate promised, LocalDate legal, LocalDate nextRungOn) {

    static DueCase read(Tx tx, long id) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT id, case_number, department, department_name, item_name, status, sla_rung,"
                + " yellow_on, promised_deadline, legal_deadline, next_rung_on FROM hall_case WHERE id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            return new DueCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getInt(7), Sql.date(rs, "yellow_on"), Sql.date(rs, "promised_deadline"), Sql.date(rs, "legal_deadline"),
                    Sql.date(rs, "next_rung_on"));
        }
    }

    /** @return the day rung {@code level + 1} falls due, or {@code null} after the last */
    LocalDate dueAfter(int level) {
        return switch (level) {
            case 0 -> yellowOn;
            case 1 -> promised.plusDays(1);
            case 2 -> legal.plusDays(1);
            default -> null;
        };
    }
}
