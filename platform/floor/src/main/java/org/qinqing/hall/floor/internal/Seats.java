package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.floor.Site;
import org.qinqing.hall.floor.Window;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;

/**
 * Who sits at which window, in the database (so every node agrees): signing in to a window
 * leaves the window one sat at before; the unique keys on window and clerk settle races between nodes.
 */
final class Seats {
    private final Database db;
    private final Sites sites;

    Seats(Database db, Sites sites) {
        this.db = db;
        this.sites = sites;
    }

    Window signIn(String windowCode, String clerk) {
        Window window = sites.window(windowCode);
        Site site = sites.siteOf(windowCode);
        return db.write(tx -> {
            PreparedStatement who = tx.prepare("SELECT clerk FROM floor_seat WHERE window_code = ?");
            who.setString(1, windowCode);
            try (ResultSet rs = who.executeQuery()) {
                if (rs.next()) {
                    if (rs.getString(1).equals(clerk)) {
                        return window;
                    }
                    throw new HallException(HallException.Kind.CONFLICT, "window_taken", "window",
                            "window " + windowCode + " is taken by " + rs.getString(1) + " until they sign out");
                }
            }
            PreparedStatement leave = tx.prepare("DELETE FROM floor_seat WHERE clerk = ?");
            leave.setString(1, clerk);
            leave.executeUpdate();
            PreparedStatement in = tx.prepare("INSERT INTO floor_seat (window_code, clerk, site, since) VALUES (?, ?, ?, ?)");
            in.setString(1, windowCode);
            in.setString(2, clerk);
            in.setString(3, site.code());
            Sql.setInstant(in, 4, tx.now());
            try {
                in.executeUpdate();
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    throw new HallException(HallException.Kind.CONFLICT, "window_taken", "window", "window " + windowCode + " was just taken");
                }
                throw e;
            }
            tx.audit(new AuditRecord("window", windowCode, "sign-in", clerk, "counter", windowCode, null, null, null, null));
            return window;
        });
    }

    void signOut(String windowCode, String clerk) {
        sites.window(windowCode);
        db.write(tx -> {
            PreparedStatement del = tx.prepare("DELETE FROM floor_seat WHERE window_code = ? AND clerk = ?");
            del.setString(1, windowCode);
            del.setString(2, clerk);
            if (del.executeUpdate() == 0) {
                throw new HallException(HallException.Kind.CONFLICT, "not_signed_in", "window", "user " + clerk + " is not signed in to window " + windowCode);
            }
            tx.audit(new AuditRecord("window", windowCode, "sign-out", clerk, "counter", windowCode, null, null, null, null));
            return null;
        });
    }

    void leave(String clerk) {
        db.write(tx -> {
            PreparedStatement del = tx.prepare("DELETE FROM floor_seat WHERE clerk = ?");
            del.setString(1, clerk);
            del.executeUpdate();
            return null;
        });
    }

    Optional<String> windowOf(String clerk) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT window_code FROM floor_seat WHERE clerk = ?")) {
                ps.setString(1, clerk);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
