package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.floor.Queue;
import org.qinqing.hall.floor.Site;
import org.qinqing.hall.floor.Ticket;
import org.qinqing.hall.floor.TicketRequest;
import org.qinqing.hall.floor.VipParty;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;

/** Takes tickets (取号): numbering, appointment check-in, VIP routing, position and wait estimate. */
final class TicketDesk {
    private final Database db;
    private final HallClock clock;
    private final WorkingCalendar calendar;
    private final Sites sites;
    private final Rules rules;
    private final Checks checks;
    private final VipRegistry vip;

    TicketDesk(Database db, HallClock clock, WorkingCalendar calendar, Sites sites, Rules rules, Checks checks, VipRegistry vip) {
        this.db = db;
        this.clock = clock;
        this.calendar = calendar;
        this.sites = sites;
        this.rules = rules;
        this.checks = checks;
        this.vip = vip;
    }

    Ticket take(String siteCode, TicketRequest request, String actor) {
        Site site = sites.site(siteCode);
        TicketRequest r = request == null ? new TicketRequest(null, null, null, null, null) : request;
        if (r.queue() != null) {
            sites.queue(site, r.queue());
        }
        String item = checks.item(r.itemCode(), "itemCode");
        String applicant = checks.party(r.applicantNumber(), "applicantNumber");
        String enterprise = checks.party(r.enterpriseNumber(), "enterpriseNumber");
        Optional<VipParty> listed = applicant == null ? Optional.empty() : vip.match(applicant, enterprise);
        Instant now = clock.now();
        if (rules.enforceOpeningHours()) {
            requireOpen(site, now);
        }
        long id = db.write(tx -> {
            Instant at = tx.now();
            LocalDate day = LocalDate.ofInstant(at, HallClock.ZONE);
            String kind = "WALK_IN";
            String queueCode = r.queue();
            String appointment = null;
            String itemCode = item;
            String who = applicant;
            boolean isVip = listed.isPresent();
            if (r.appointmentNumber() != null) {
                Bookings.CheckIn in = Bookings.checkIn(tx, site, r.appointmentNumber(), applicant, at, rules);
                appointment = r.appointmentNumber();
                kind = in.onTime() ? "APPOINTMENT" : "WALK_IN";
                queueCode = queueCode == null ? in.queue() : queueCode;
                itemCode = itemCode == null ? in.item() : itemCode;
                who = who == null ? in.applicant() : who;
                isVip = isVip || in.vip();
            }
            Queue queue = queueCode != null ? sites.queue(site, queueCode)
                    : isVip && site.vipQueue() != null ? site.vipQueue() : site.defaultQueue();
            int seq = DayCounters.next(tx, site.code(), queue.code(), day);
            PreparedStatement in = tx.prepare("INSERT INTO floor_ticket (site, queue, day, seq, label, kind, applicant, item, appointment, vip, "
                    + "specialist, state, recalls, issued_at, taken_by, rating_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', 0, ?, ?, ?)");
            in.setString(1, site.code());
            in.setString(2, queue.code());
            Sql.setDate(in, 3, day);
            in.setInt(4, seq);
            in.setString(5, label(queue, seq));
            in.setString(6, kind);
            Sql.setString(in, 7, who);
            Sql.setString(in, 8, itemCode);
            Sql.setString(in, 9, appointment);
            in.setBoolean(10, isVip);
            Sql.setString(in, 11, listed.map(VipParty::specialist).orElse(null));
            Sql.setInstant(in, 12, at);
            in.setString(13, actor);
            in.setString(14, RatingCodes.next());
            in.executeUpdate();
            PreparedStatement key = tx.prepare("SELECT id FROM floor_ticket WHERE site = ? AND queue = ? AND day = ? AND seq = ?");
            key.setString(1, site.code());
            key.setString(2, queue.code());
            Sql.setDate(key, 3, day);
            key.setInt(4, seq);
            try (ResultSet rs = key.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return byId(id);
    }

    /** A–Z prefix and three digits (A001); past 999 the number simply grows (A1000). */
    static String label(Queue queue, int seq) {
        return queue.prefix() + String.format("%03d", seq);
    }

    private void requireOpen(Site site, Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, HallClock.ZONE);
        if (!calendar.isWorkingDay(local.toLocalDate())) {
            throw new HallException(HallException.Kind.CONFLICT, "site_closed", "site", site.name() + " is closed today (not a working day)");
        }
        LocalTime t = local.toLocalTime();
        if (t.isBefore(LocalTime.parse(site.opens())) || !t.isBefore(LocalTime.parse(site.closes()))) {
            throw new HallException(HallException.Kind.CONFLICT, "site_closed", "site",
                    site.name() + " is open " + site.opens() + "–" + site.closes() + " on working days");
        }
    }

    Ticket byId(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + TicketRows.COLUMNS + " FROM floor_ticket WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw HallException.notFound("unknown_ticket", "no ticket " + id);
                    }
                    return positioned(c, rs);
                }
            }
        });
    }

    Ticket ticket(String siteCode, String label) {
        Site site = sites.site(siteCode);
        LocalDate today = clock.today();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + TicketRows.COLUMNS
                    + " FROM floor_ticket WHERE site = ? AND day = ? AND label = ? ORDER BY id DESC")) {
                ps.setString(1, site.code());
                Sql.setDate(ps, 2, today);
                ps.setString(3, label);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new HallException(HallException.Kind.NOT_FOUND, "unknown_ticket", "ticket", "no ticket " + label + " at " + site.code() + " today");
                    }
                    return positioned(c, rs);
                }
            }
        });
    }

    private Ticket positioned(java.sql.Connection c, ResultSet rs) throws SQLException {
        if (!rs.getString("state").equals("WAITING")) {
            return TicketRows.ticket(rs, 0, 0);
        }
        Ranking.Waiting me = new Ranking.Waiting(rs.getLong("id"), rs.getString("kind"), rs.getBoolean("vip"), Sql.instant(rs, "issued_at"));
        String site = rs.getString("site");
        String queue = rs.getString("queue");
        LocalDate day = Sql.date(rs, "day");
        Instant overdue = clock.now().minusSeconds(60L * rules.walkInThresholdMinutes());
        Comparator<Ranking.Waiting> order = Ranking.order(overdue);
        int ahead = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, vip, issued_at FROM floor_ticket "
                + "WHERE site = ? AND day = ? AND state = 'WAITING' AND queue = ? AND target_window IS NULL")) {
            ps.setString(1, site);
            Sql.setDate(ps, 2, day);
            ps.setString(3, queue);
            try (ResultSet w = ps.executeQuery()) {
                while (w.next()) {
                    Ranking.Waiting other = new Ranking.Waiting(w.getLong(1), w.getString(2), w.getBoolean(3), Sql.instant(w, 4));
                    if (order.compare(other, me) < 0) {
                        ahead++;
                    }
                }
            }
        }
        return TicketRows.ticket(rs, ahead, estimate(c, site, queue, ahead));
    }

    /** Minutes: the tickets ahead and this one, at the recent average service time, shared by the windows signed in for the queue. */
    private int estimate(java.sql.Connection c, String siteCode, String queue, int ahead) throws SQLException {
        double service = rules.defaultServiceMinutes();
        List<Long> recent = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT first_called_at, done_at FROM floor_ticket WHERE site = ? AND queue = ? "
                + "AND day >= ? AND state = 'DONE' ORDER BY done_at DESC FETCH FIRST 50 ROWS ONLY")) {
            ps.setString(1, siteCode);
            ps.setString(2, queue);
            Sql.setDate(ps, 3, clock.today().minusDays(14));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant from = Sql.instant(rs, 1);
                    Instant to = Sql.instant(rs, 2);
                    if (from != null && to != null) {
                        recent.add(java.time.Duration.between(from, to).getSeconds());
                    }
                }
            }
        }
        if (recent.size() >= 3) {
            service = recent.stream().mapToLong(Long::longValue).average().orElse(service * 60) / 60.0;
        }
        Site site = sites.site(siteCode);
        int windows = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT window_code FROM floor_seat WHERE site = ?")) {
            ps.setString(1, siteCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String w = rs.getString(1);
                    if (site.windows().stream().anyMatch(x -> x.code().equals(w) && x.queues().contains(queue))) {
                        windows++;
                    }
                }
            }
        }
        return (int) Math.ceil((ahead + 1) * service / Math.max(1, windows));
    }
}
