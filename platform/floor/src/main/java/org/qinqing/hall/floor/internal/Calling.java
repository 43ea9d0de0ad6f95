package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.floor.Call;
import org.qinqing.hall.floor.Site;
import org.qinqing.hall.floor.Ticket;
import org.qinqing.hall.floor.Window;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * Calling (叫号) at a window. A ticket is claimed with a conditional UPDATE (… WHERE state =
 * 'WAITING') whose row count says whether this window won it: on one node the store's single
 * writer already orders calls, and with several nodes over one database the row count keeps two
 * windows from ever getting the same ticket (the loser tries the next candidate).
 */
final class Calling {
    private final Database db;
    private final Sites sites;
    private final Runnable called;
    private final NextCalls next;

    /** @param called told after a call is committed (wakes the board feed) */
    Calling(Database db, Sites sites, Rules rules, Runnable called) {
        this.db = db;
        this.sites = sites;
        this.called = called;
        this.next = new NextCalls(db, rules);
    }

    /** Served together with the calls of other windows waiting at the same moment ({@link NextCalls}). */
    Optional<Call> callNext(String windowCode, String clerk) {
        Window window = sites.window(windowCode);
        Optional<Call> call = next.call(sites.siteOf(windowCode), window, clerk);
        call.ifPresent(c -> called.run());
        return call;
    }

    /** Claims a waiting ticket for a window: false when it is no longer waiting (another window, maybe on another node, has it). */
    static boolean claim(Tx tx, long id, String windowCode, String clerk, Instant now) throws SQLException {
        PreparedStatement claim = tx.prepare("UPDATE floor_ticket SET state = 'CALLED', window_code = ?, clerk = ?, called_at = ?, "
                + "first_called_at = ?, target_window = NULL WHERE id = ? AND state = 'WAITING'");
        claim.setString(1, windowCode);
        claim.setString(2, clerk);
        Sql.setInstant(claim, 3, now);
        Sql.setInstant(claim, 4, now);
        claim.setLong(5, id);
        return claim.executeUpdate() == 1;
    }

    Call recall(String windowCode, String clerk) {
        Window window = sites.window(windowCode);
        Site site = sites.siteOf(windowCode);
        Call c = db.write(tx -> {
            requireSeat(tx, windowCode, clerk);
            long id = currentId(tx, windowCode, "CALLED");
            PreparedStatement up = tx.prepare("UPDATE floor_ticket SET recalls = recalls + 1, called_at = ? WHERE id = ?");
            Sql.setInstant(up, 1, tx.now());
            up.setLong(2, id);
            up.executeUpdate();
            Ticket t = load(tx, id);
            announce(tx, site, t, window, tx.now(), true);
            return new Call(t, windowCode, window.number(), recalls(tx, id));
        });
        called.run();
        return c;
    }

    Call noShow(String windowCode, String clerk) {
        Window window = sites.window(windowCode);
        return db.write(tx -> {
            requireSeat(tx, windowCode, clerk);
            long id = currentId(tx, windowCode, "CALLED");
            int recalls = recalls(tx, id);
            if (recalls < 1) {
                throw new HallException(HallException.Kind.CONFLICT, "recall_first", "window", "recall the ticket before marking it as not come");
            }
            PreparedStatement up = tx.prepare("UPDATE floor_ticket SET state = 'NO_SHOW', done_at = ? WHERE id = ?");
            Sql.setInstant(up, 1, tx.now());
            up.setLong(2, id);
            up.executeUpdate();
            return new Call(load(tx, id), windowCode, window.number(), recalls);
        });
    }

    Ticket transfer(String windowCode, String clerk, String queue, String toWindow) {
        Site site = sites.siteOf(windowCode);
        if ((queue == null) == (toWindow == null)) {
            throw HallException.invalid("queue", "give either queue or window");
        }
        if (queue != null) {
            sites.queue(site, queue);
        }
        if (toWindow != null) {
            Site other;
            try {
                other = sites.siteOf(toWindow);
            } catch (HallException e) {
                throw new HallException(HallException.Kind.NOT_FOUND, "unknown_window", "window", e.getMessage());
            }
            if (!other.code().equals(site.code())) {
                throw HallException.invalid("window", "window " + toWindow + " is at another site");
            }
        }
        return db.write(tx -> {
            requireSeat(tx, windowCode, clerk);
            long id = currentId(tx, windowCode, null);
            PreparedStatement up = tx.prepare("UPDATE floor_ticket SET state = 'WAITING', window_code = NULL, clerk = NULL, "
                    + "queue = COALESCE(?, queue), target_window = ? WHERE id = ?");
            Sql.setString(up, 1, queue);
            Sql.setString(up, 2, toWindow);
            up.setLong(3, id);
            up.executeUpdate();
            return load(tx, id);
        });
    }

    Call serve(String windowCode, String clerk) {
        Window window = sites.window(windowCode);
        return db.write(tx -> {
            requireSeat(tx, windowCode, clerk);
            long id = currentId(tx, windowCode, null);
            PreparedStatement up = tx.prepare("UPDATE floor_ticket SET state = 'SERVING' WHERE id = ?");
            up.setLong(1, id);
            up.executeUpdate();
            return new Call(load(tx, id), windowCode, window.number(), recalls(tx, id));
        });
    }

    Ticket done(String windowCode, String clerk) {
        sites.window(windowCode);
        return db.write(tx -> {
            requireSeat(tx, windowCode, clerk);
            long id = currentId(tx, windowCode, null);
            PreparedStatement up = tx.prepare("UPDATE floor_ticket SET state = 'DONE', done_at = ? WHERE id = ?");
            Sql.setInstant(up, 1, tx.now());
            up.setLong(2, id);
            up.executeUpdate();
            return load(tx, id);
        });
    }

    Ticket recordCase(String windowCode, String clerk, String caseNumber) {
        sites.window(windowCode);
        if (caseNumber == null || caseNumber.isBlank() || caseNumber.length() > 40) {
            throw HallException.invalid("caseNumber", "caseNumber is required");
        }
        return db.write(tx -> {
            requireSeat(tx, windowCode, clerk);
            long id = currentId(tx, windowCode, null);
            Ticket t = load(tx, id);
            PreparedStatement in = tx.prepare("INSERT INTO floor_ticket_case (ticket_id, case_number, linked_at) VALUES (?, ?, ?)");
            in.setLong(1, id);
            in.setString(2, caseNumber);
            Sql.setInstant(in, 3, tx.now());
            if (!tx.insertUnlessDuplicate(in)) {
                return t; // linked already
            }
            tx.audit(new org.qinqing.hall.store.AuditRecord("case", caseNumber, "ticket", clerk, "counter", windowCode, null, null,
                    "ticket " + t.ticket() + " (" + t.site() + ", " + t.day() + ")", "{\"ticket\":\"" + t.ticket() + "\",\"site\":\""
                    + t.site() + "\"}"));
            return t;
        });
    }

    Optional<Call> current(String windowCode) {
        Window window = sites.window(windowCode);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + TicketRows.COLUMNS + " FROM floor_ticket WHERE window_code = ? "
                    + "AND state IN ('CALLED', 'SERVING')")) {
                ps.setString(1, windowCode);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Call(TicketRows.ticket(rs, 0, 0), windowCode, window.number(), rs.getInt("recalls")))
                            : Optional.<Call>empty();
                }
            }
        });
    }

    /**
     * A window serves one ticket at a time: calling the next one finishes the one before. Found
     * first by the window's index, one exact key per state (with {@code state IN (…)} Derby read
     * every ticket the window ever served), then finished by its key.
     */
    static void finishCurrent(Tx tx, String window, Instant now) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT id FROM floor_ticket --DERBY-PROPERTIES index=floor_ticket_window\n "
                + "WHERE window_code = ? AND state = 'CALLED' UNION ALL SELECT id FROM floor_ticket --DERBY-PROPERTIES index=floor_ticket_window\n "
                + "WHERE window_code = ? AND state = 'SERVING'");
        ps.setString(1, window);
        ps.setString(2, window);
        java.util.List<Long> ids = new java.util.ArrayList<>(1);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (long id : ids) {
            PreparedStatement up = tx.prepare("UPDATE floor_ticket SET state = 'DONE', done_at = ? WHERE id = ? AND state IN ('CALLED', 'SERVING')");
            Sql.setInstant(up, 1, now);
            up.setLong(2, id);
            up.executeUpdate();
        }
    }

    static void requireSeat(Tx tx, String window, String clerk) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT clerk FROM floor_seat WHERE window_code = ?");
        ps.setString(1, window);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || !rs.getString(1).equals(clerk)) {
                throw notSignedIn(window, clerk);
            }
        }
    }

    static HallException notSignedIn(String window, String clerk) {
        return new HallException(HallException.Kind.FORBIDDEN, "not_signed_in", "window",
                "user " + clerk + " is not signed in to window " + window + ": POST /api/v1/windows/" + window + "/sign-in first");
    }

    private static long currentId(Tx tx, String window, String state) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT id, state FROM floor_ticket WHERE window_code = ? AND state IN ('CALLED', 'SERVING')");
        ps.setString(1, window);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new HallException(HallException.Kind.CONFLICT, "no_current_ticket", "window", "window " + window + " has no ticket called: call-next first");
            }
            if (state != null && !rs.getString(2).equals(state)) {
                throw new HallException(HallException.Kind.CONFLICT, "ticket_being_served", "window", "the ticket is being served already");
            }
            return rs.getLong(1);
        }
    }

    private static int recalls(Tx tx, long id) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT recalls FROM floor_ticket WHERE id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static Ticket load(Tx tx, long id) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT " + TicketRows.COLUMNS + " FROM floor_ticket WHERE id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return TicketRows.ticket(rs, 0, 0);
        }
    }

    static void announce(Tx tx, Site site, Ticket t, Window w, Instant at, boolean recall) throws SQLException {
        PreparedStatement in = tx.prepare("INSERT INTO floor_call (site, label, window_code, window_number, called_at, recall) VALUES (?, ?, ?, ?, ?, ?)");
        in.setString(1, site.code());
        in.setString(2, t.ticket());
        in.setString(3, w.code());
        in.setInt(4, w.number());
        Sql.setInstant(in, 5, at);
        in.setBoolean(6, recall);
        in.executeUpdate();
    }
}
