package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.directline.TicketLookup;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;

/**
 * Served tickets for 好差评: a ticket is rateable once its window has finished it (DONE); the tablet beside a window
 * shows the ticket it finished last today. The ticket id is the row id; the proof that rates it is its rating code (评价码),
 * both printed on the slip.
 */
public final class FloorTickets implements TicketLookup {
    /** Who served a ticket that named no item: the hall's own comprehensive window (综合窗口). */
    static final String HALL = "hall";
    private static final String COLUMNS = "SELECT id, label, item, window_code, clerk, rating_code FROM floor_ticket WHERE state = 'DONE'";

    private final Database db;
    private final Catalogue catalogue;
    private final HallClock clock;

    public FloorTickets(Database db, Catalogue catalogue, HallClock clock) {
        this.db = db;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public Optional<ServedTicket> served(String ticketId) {
        long id;
        try {
            id = Long.parseLong(ticketId.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty(); // not a ticket id: a case or demand number
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " AND id = ?")) {
                ps.setLong(1, id);
                return first(ps);
            }
        });
    }

    @Override
    public Optional<ServedTicket> lastServed(String window) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " AND window_code = ? AND day = ? ORDER BY done_at DESC, id DESC"
                    + " FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, window);
                Sql.setDate(ps, 2, clock.today());
                return first(ps);
            }
        });
    }

    private Optional<ServedTicket> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Optional<CatalogueItem> item = Optional.ofNullable(rs.getString("item")).flatMap(catalogue::item);
            return Optional.of(new ServedTicket(String.valueOf(rs.getLong("id")), item.map(CatalogueItem::department).orElse(HALL),
                    item.map(i -> i.item().name()).orElse("窗口服务 " + rs.getString("label")), rs.getString("window_code"),
                    rs.getString("clerk"), rs.getString("rating_code")));
        }
    }
}
