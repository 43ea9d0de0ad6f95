package org.qinqing.hall.directline.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.directline.Rating;
import org.qinqing.hall.directline.RatingRequest;
import org.qinqing.hall.directline.RatingStats;
import org.qinqing.hall.directline.Ratings;
import org.qinqing.hall.directline.Rectification;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;

/** {@link Ratings}: dl_rating, rectifications in {@link Rectifications}, figures in {@link RatingFigures}. */
public final class RatingService implements Ratings {
    private static final Set<String> CHANNELS = Set.of("portal", "progress", "tablet", "kiosk", "online", "wechat");
    private static final int MAX_COMMENT = 1000;

    private final Database db;
    private final WorkingCalendar calendar;
    private final List<EventSource> sources;
    private final Rectifications rectifications;
    private final RatingFigures figures;
    private final int verifyDays;
    private final TicketSubjects tickets;

    /**
     * @param db the database
     * @param calendar working days
     * @param tickets served tickets from the floor module
     * @param rectifications the rectification records
     * @param verifyDays working days to verify a bad rating
     * @param agents whether a person is a registered agent of an enterprise
     * @param cases the case service, which finds a case by its proof
     */
    public RatingService(Database db, WorkingCalendar calendar, TicketSubjects tickets, Rectifications rectifications, int verifyDays,
            java.util.function.BiPredicate<String, String> agents, org.qinqing.hall.api.Cases cases) {
        // cases last: the case module answers every other subject 404
        this(db, calendar, List.of(new DemandSubjects(db, agents), tickets, new CaseSubjects(cases)), rectifications, verifyDays, tickets);
    }

    RatingService(Database db, WorkingCalendar calendar, List<EventSource> sources, Rectifications rectifications, int verifyDays,
            TicketSubjects tickets) {
        this.tickets = tickets;
        this.db = db;
        this.calendar = calendar;
        this.sources = sources;
        this.rectifications = rectifications;
        this.figures = new RatingFigures(db);
        this.verifyDays = verifyDays;
    }

    @Override
    public Rating rate(RatingRequest in, Actor applicant) {
        if (in == null || in.subject() == null || in.subject().isBlank() || in.subject().length() > 40) {
            throw HallException.invalid("subject", "give the case number, ticket id or demand number of the service you rate");
        }
        if (in.level() == null || in.level() < 1 || in.level() > 5) {
            throw HallException.invalid("level", "level is 1 to 5 (5 = 非常满意, 1 = 非常不满意)");
        }
        if (in.comment() != null && in.comment().length() > MAX_COMMENT) {
            throw HallException.invalid("comment", "the comment is at most " + MAX_COMMENT + " characters");
        }
        String reasons = in.reasons() == null ? null : String.join("；", in.reasons());
        if (reasons != null && reasons.length() > 400) {
            throw HallException.invalid("reasons", "the reasons are at most 400 characters together");
        }
        String channel = in.channel() == null ? (applicant == null ? "progress" : "portal") : in.channel().toLowerCase(java.util.Locale.ROOT);
        if (!CHANNELS.contains(channel)) {
            throw HallException.invalid("channel", "channel is one of " + CHANNELS);
        }
        String subject = in.subject().trim();
        RatedEvent e = null;
        for (EventSource s : sources) {
            Optional<RatedEvent> found = s.find(subject, in.accessCode(), in.suffix(), applicant);
            if (found.isPresent()) {
                e = found.get();
                break;
            }
        }
        if (e == null) {
            throw HallException.notFound("unknown_subject", "no finished service " + subject + " with that proof");
        }
        RatedEvent event = e;
        int level = in.level();
        long id = db.write(tx -> {
            long rid = tx.next("rating");
            LocalDate today = java.time.LocalDate.ofInstant(tx.now(), org.qinqing.hall.api.HallClock.ZONE);
            PreparedStatement ps = tx.prepare("INSERT INTO dl_rating (id, subject_kind, subject, level, reasons, comment_text, department, item,"
                    + " window_code, clerk, channel, rated_at, rated_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
            ps.setLong(1, rid);
            ps.setString(2, event.kind());
            ps.setString(3, event.subject());
            ps.setInt(4, level);
            Sql.setString(ps, 5, reasons);
            Sql.setString(ps, 6, in.comment());
            ps.setString(7, event.department());
            ps.setString(8, cut(event.item(), 200));
            Sql.setString(ps, 9, event.window());
            Sql.setString(ps, 10, event.clerk());
            ps.setString(11, channel);
            Sql.setInstant(ps, 12, tx.now());
            Sql.setDate(ps, 13, today);
            try {
                ps.executeUpdate();
            } catch (SQLException dup) {
                if ("23505".equals(dup.getSQLState())) {
                    // 一次一评: the unique constraint holds it across nodes, not a check before the insert
                    throw HallException.conflict("already_rated", event.subject() + " has been rated; a rating is given once and never changed");
                }
                throw dup;
            }
            if (level <= 2) {
                rectifications.open(tx, rid, event, calendar.deadline(today, verifyDays, LimitUnit.WORKING_DAYS), today);
            }
            tx.audit(new AuditRecord("rating", event.subject(), "rate", applicant == null ? "applicant" : applicant.auditName(), channel,
                    event.window(), null, null, null, "{\"level\":" + level + "}"));
            return rid;
        });
        return find(id);
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
    }

    /** @return the rating by id */
    Rating find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.*, x.id AS rect FROM dl_rating r LEFT JOIN dl_rectification x"
                    + " ON x.rating_id = r.id WHERE r.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return of(rs);
                }
            }
        });
    }

    private static Rating of(ResultSet rs) throws SQLException {
        long rect = rs.getLong("rect");
        Long rectification = rs.wasNull() ? null : rect;
        int level = rs.getInt("level");
        return new Rating(rs.getLong("id"), rs.getString("subject_kind"), rs.getString("subject"), level, Rating.label(level),
                rs.getString("department"), rs.getString("item"), rs.getString("window_code"), rs.getString("clerk"),
                rs.getString("channel"), Sql.instant(rs, "rated_at"), rectification);
    }

    @Override
    public Optional<org.qinqing.hall.directline.TicketLookup.ServedTicket> lastServed(String window) {
        return tickets == null || window == null ? Optional.empty() : tickets.lastServed(window);
    }

    @Override
    public List<Rating> recent(String department, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.*, x.id AS rect FROM dl_rating r LEFT JOIN dl_rectification x"
                    + " ON x.rating_id = r.id" + (department == null ? "" : " WHERE r.department = ?") + " ORDER BY r.id DESC FETCH FIRST "
                    + Math.max(1, Math.min(500, limit)) + " ROWS ONLY")) {
                if (department != null) {
                    ps.setString(1, department);
                }
                List<Rating> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(of(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public RatingStats stats(String department, LocalDate from, LocalDate to, String groupBy) {
        if (to.isBefore(from)) {
            throw HallException.invalid("to", "the period ends before it starts");
        }
        return figures.compute(department, from, to, groupBy);
    }

    @Override
    public List<Rectification> rectifications(String department, String status, Actor actor) {
        return rectifications.list(department, status, actor);
    }

    @Override
    public Rectification rectification(long id, Actor actor) {
        return rectifications.get(id, actor);
    }

    @Override
    public Rectification verify(long id, String finding, Actor actor) {
        return rectifications.verify(id, finding, actor);
    }

    @Override
    public Rectification rectify(long id, String measures, String callbackOutcome, String callbackNote, Actor actor) {
        return rectifications.rectify(id, measures, callbackOutcome, callbackNote, actor);
    }

    @Override
    public Rectification appeal(long id, String reason, Actor actor) {
        return rectifications.appeal(id, reason, actor);
    }

    @Override
    public Rectification decide(long id, boolean upheld, Actor actor) {
        return rectifications.decide(id, upheld, actor);
    }

}
