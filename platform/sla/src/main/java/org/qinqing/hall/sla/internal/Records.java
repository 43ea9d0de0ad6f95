package org.qinqing.hall.sla.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.qinqing.hall.sla.SlaRecords;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/** {@link SlaRecords}: the rows the scanner writes for a case, written for another module's subject. */
public final class Records implements SlaRecords {

    @Override
    public Notice warn(Tx tx, String subject, String department, String rung, String recipient, String message) throws SQLException {
        long id = tx.next("notification");
        PreparedStatement ps = tx.prepare("INSERT INTO sla_notification (id, case_number, department, rung, recipient, message, created_at)"
                + " VALUES (?,?,?,?,?,?,?)");
        ps.setLong(1, id);
        ps.setString(2, subject);
        ps.setString(3, department);
        ps.setString(4, rung);
        ps.setString(5, recipient);
        ps.setString(6, message.length() > 1000 ? message.substring(0, 1000) : message);
        Sql.setInstant(ps, 7, tx.now());
        ps.executeUpdate();
        return new Notice(id, subject, department, rung, recipient, message, tx.now());
    }

    @Override
    public boolean openAccountability(Tx tx, String subject, String department, String title) throws SQLException {
        PreparedStatement exists = tx.prepare("SELECT id FROM sla_accountability WHERE case_number = ?");
        exists.setString(1, subject);
        try (ResultSet rs = exists.executeQuery()) {
            if (rs.next()) {
                return false;
            }
        }
        PreparedStatement acc = tx.prepare("INSERT INTO sla_accountability (id, case_number, department, item_name, opened_at, status)"
                + " VALUES (?,?,?,?,?,'OPEN')");
        acc.setLong(1, tx.next("accountability"));
        acc.setString(2, subject);
        acc.setString(3, department);
        acc.setString(4, title.length() > 200 ? title.substring(0, 200) : title);
        Sql.setInstant(acc, 5, tx.now());
        acc.executeUpdate();
        return true;
    }
}
