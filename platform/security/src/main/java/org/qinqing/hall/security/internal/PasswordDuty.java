package org.qinqing.hall.security.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/** The table {@code staff_password}: whether an account must set its own password before anything else. */
final class PasswordDuty {
    private PasswordDuty() {
    }

    /** Records the duty in the unit; {@code changedAt}: when the password was set ({@code null}: created). */
    static void mark(Tx tx, String username, boolean mustChange, Instant changedAt) throws SQLException {
        PreparedStatement up = tx.prepare("UPDATE staff_password SET must_change = ?, changed_at = ? WHERE username = ?");
        up.setInt(1, mustChange ? 1 : 0);
        Sql.setInstant(up, 2, changedAt);
        up.setString(3, username);
        if (up.executeUpdate() == 0) {
            PreparedStatement in = tx.prepare("INSERT INTO staff_password (must_change, changed_at, username) VALUES (?, ?, ?)");
            in.setInt(1, mustChange ? 1 : 0);
            Sql.setInstant(in, 2, changedAt);
            in.setString(3, username);
            in.executeUpdate();
        }
    }
}
