package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.floor.Appointment;
import org.qinqing.hall.floor.AppointmentRequest;
import org.qinqing.hall.floor.Queue;
import org.qinqing.hall.floor.Site;
import org.qinqing.hall.floor.Slot;
import org.qinqing.hall.floor.VipParty;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * Appointments (预约): slots per site and queue on working days, booked up to N days ahead, never
 * over capacity (a conditional UPDATE on the slot row, so it holds across nodes); check-in around
 * the slot; no-shows suspend online booking.
 */
final class Bookings {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final Database db;
    private final HallClock clock;
    private final WorkingCalendar calendar;
    private final Sites sites;
    private final Rules rules;
    private final Checks checks;
    private final VipRegistry vip;

    Bookings(Database db, HallClock clock, WorkingCalendar calendar, Sites sites, Rules rules, Checks checks, VipRegistry vip) {
        this.db = db;
        this.clock = clock;
        this.calendar = calendar;
        this.sites = sites;
        this.rules = rules;
        this.checks = checks;
        this.vip = vip;
    }

    /** The starts of a site's slots on a working day. */
    static List<String> slotStarts(Site site) {
        List<String> out = new ArrayList<>();
        LocalTime t = LocalTime.parse(site.opens());
        LocalTime close = LocalTime.parse(site.closes());
        while (!t.plusMinutes(site.slotMinutes()).isAfter(close) && t.plusMinutes(site.slotMinutes()).isAfter(t)) {
            out.add(t.toString());
            t = t.plusMinutes(site.slotMinutes());
        }
        return out;
    }

    List<Slot> slots(String siteCode, LocalDate date, String queueCode) {
        Site site = sites.site(siteCode);
        Queue queue = queueCode == null ? site.defaultQueue() : sites.queue(site, queueCode);
        if (!calendar.isWorkingDay(date)) {
            return List.of();
        }
        Map<String, int[]> booked = db.read(c -> {
            Map<String, int[]> m = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT slot, capacity, booked FROM floor_slot WHERE site = ? AND queue = ? AND day = ?")) {
                ps.setString(1, site.code());
                ps.setString(2, queue.code());
                Sql.setDate(ps, 3, date);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        m.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                    }
                }
            }
            return m;
        });
        List<Slot> out = new ArrayList<>();
        for (String s : slotStarts(site)) {
            int[] cb = booked.getOrDefault(s, new int[] {site.slotCapacity(), 0});
            out.add(new Slot(site.code(), queue.code(), date, s, cb[0], cb[1]));
        }
        return out;
    }

    Appointment book(AppointmentRequest r, String actor, boolean online) {
        if (r == null) {
            throw HallException.invalid(null, "a JSON body {site, itemCode, date, slot} is required");
        }
        Site site = sites.site(r.site());
        String item = checks.item(r.itemCode(), "itemCode");
        if (item == null) {
            throw HallException.invalid("itemCode", "itemCode is required");
        }
        String applicant = checks.party(r.applicantNumber(), "applicantNumber");
        if (applicant == null) {
            throw HallException.invalid("applicantNumber", "applicantNumber is required");
        }
        String enterprise = checks.party(r.enterpriseNumber(), "enterpriseNumber");
        LocalDate date = date(r.date());
        String slot = slot(site, r.slot());
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, HallClock.ZONE);
        if (!calendar.isWorkingDay(date)) {
            throw new HallException(HallException.Kind.UNPROCESSABLE, "non_working_day", "date", date + " is not a working day");
        }
        if (!start(date, slot).isAfter(now)) {
            throw new HallException(HallException.Kind.UNPROCESSABLE, "slot_past", "slot", date + " " + slot + " has begun or passed");
        }
        if (date.isAfter(today.plusDays(rules.bookingDaysAhead()))) {
            throw new HallException(HallException.Kind.UNPROCESSABLE, "too_far_ahead", "date",
                    "slots can be booked up to " + rules.bookingDaysAhead() + " days ahead");
        }
        if (online) {
            Optional<LocalDate> until = suspendedUntil(applicant, now);
            if (until.isPresent()) {
                throw new HallException(HallException.Kind.CONFLICT, "booking_suspended", "applicantNumber", rules.noShowLimit()
                        + " missed appointments within " + rules.noShowWindowDays() + " days: online booking is suspended until " + until.get());
            }
        }
        Optional<VipParty> listed = vip.match(applicant, enterprise);
        Queue queue = r.queue() != null ? sites.queue(site, r.queue())
                : listed.isPresent() && site.vipQueue() != null ? site.vipQueue() : site.defaultQueue();
        return db.write(tx -> {
            PreparedStatement dup = tx.prepare("SELECT number FROM floor_appointment WHERE applicant = ? AND day = ? AND slot = ? AND state = 'BOOKED'");
            dup.setString(1, applicant);
            Sql.setDate(dup, 2, date);
            dup.setString(3, slot);
            try (ResultSet rs = dup.executeQuery()) {
                if (rs.next()) {
                    throw new HallException(HallException.Kind.CONFLICT, "already_booked", "slot", "the applicant has booked this slot already: " + rs.getString(1));
                }
            }
            take(tx, site, queue, date, slot);
            LocalDate bookedOn = LocalDate.ofInstant(tx.now(), HallClock.ZONE);
            String number = "Y" + bookedOn.format(DAY) + String.format("%05d", DayCounters.next(tx, "*", "appointment", bookedOn));
            PreparedStatement in = tx.prepare("INSERT INTO floor_appointment (number, site, queue, item, day, slot, applicant, state, online, vip, "
                    + "booked_by, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, ?, ?)");
            in.setString(1, number);
            in.setString(2, site.code());
            in.setString(3, queue.code());
            in.setString(4, item);
            Sql.setDate(in, 5, date);
            in.setString(6, slot);
            in.setString(7, applicant);
            in.setBoolean(8, online);
            in.setBoolean(9, listed.isPresent());
            in.setString(10, actor);
            Sql.setInstant(in, 11, tx.now());
            in.executeUpdate();
            tx.audit(new AuditRecord("appointment", number, "book", actor, online ? "online" : "counter", null, null, "BOOKED",
                    null, "{\"applicant\":\"" + Masking.mask(applicant) + "\"}"));
            return new Appointment(number, site.code(), queue.code(), item, date, slot, applicant, "BOOKED", online, listed.isPresent(), tx.now());
        });
    }

    /** One place more in the slot, or 409: the row is created on first booking, then only updated while under capacity. */
    private static void take(Tx tx, Site site, Queue queue, LocalDate date, String slot) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            PreparedStatement up = tx.prepare("UPDATE floor_slot SET booked = booked + 1 WHERE site = ? AND queue = ? AND day = ? AND slot = ? AND booked < capacity");
            up.setString(1, site.code());
            up.setString(2, queue.code());
            Sql.setDate(up, 3, date);
            up.setString(4, slot);
            if (up.executeUpdate() == 1) {
                return;
            }
            PreparedStatement exists = tx.prepare("SELECT capacity FROM floor_slot WHERE site = ? AND queue = ? AND day = ? AND slot = ?");
            exists.setString(1, site.code());
            exists.setString(2, queue.code());
            Sql.setDate(exists, 3, date);
            exists.setString(4, slot);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    throw new HallException(HallException.Kind.CONFLICT, "slot_full", "slot", date + " " + slot + " is fully booked (" + rs.getInt(1) + ")");
                }
            }
            if (site.slotCapacity() < 1) {
                throw new HallException(HallException.Kind.CONFLICT, "slot_full", "slot", site.code() + " takes no appointments");
            }
            PreparedStatement in = tx.prepare("INSERT INTO floor_slot (site, queue, day, slot, capacity, booked) VALUES (?, ?, ?, ?, ?, 1)");
            in.setString(1, site.code());
            in.setString(2, queue.code());
            Sql.setDate(in, 3, date);
            in.setString(4, slot);
            in.setInt(5, site.slotCapacity());
            if (tx.insertUnlessDuplicate(in)) {
                return;
            }
            if (attempt > 2) {
                throw new SQLException("floor_slot row for " + site.code() + "/" + date + " " + slot + " neither updated nor inserted");
            }
        }
    }

    Appointment cancel(String number, String actor) {
        return db.write(tx -> {
            Appointment a = load(tx.connection(), number);
            if (!a.state().equals("BOOKED")) {
                throw new HallException(HallException.Kind.CONFLICT, "appointment_not_booked", "appointmentNumber",
                        "appointment " + number + " is " + a.state());
            }
            PreparedStatement up = tx.prepare("UPDATE floor_appointment SET state = 'CANCELLED' WHERE number = ? AND state = 'BOOKED'");
            up.setString(1, number);
            up.executeUpdate();
            PreparedStatement free = tx.prepare("UPDATE floor_slot SET booked = booked - 1 WHERE site = ? AND queue = ? AND day = ? AND slot = ? AND booked > 0");
            free.setString(1, a.site());
            free.setString(2, a.queue());
            Sql.setDate(free, 3, a.date());
            free.setString(4, a.slot());
            free.executeUpdate();
            tx.audit(new AuditRecord("appointment", number, "cancel", actor, "api", null, "BOOKED", "CANCELLED", null, null));
            return new Appointment(a.appointmentNumber(), a.site(), a.queue(), a.itemCode(), a.date(), a.slot(), a.applicantNumber(), "CANCELLED",
                    a.online(), a.vip(), a.bookedAt());
        });
    }

    Appointment appointment(String number) {
        return db.read(c -> load(c, number));
    }

    List<Appointment> of(String applicant) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM floor_appointment WHERE applicant = ? ORDER BY day DESC, slot DESC")) {
                ps.setString(1, applicant);
                List<Appointment> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The result of checking in. @param onTime within the check-in window (else the applicant joins the walk-ins) */
    record CheckIn(boolean onTime, String queue, String item, String applicant, boolean vip) {
    }

    static CheckIn checkIn(Tx tx, Site site, String number, String applicant, Instant at, Rules rules) throws SQLException {
        Appointment a = load(tx.connection(), number);
        if (!a.site().equals(site.code())) {
            throw new HallException(HallException.Kind.CONFLICT, "wrong_site", "appointmentNumber", "appointment " + number + " is at " + a.site());
        }
        if (!a.date().equals(LocalDate.ofInstant(at, HallClock.ZONE))) {
            throw new HallException(HallException.Kind.CONFLICT, "not_today", "appointmentNumber", "appointment " + number + " is on " + a.date());
        }
        if (!a.state().equals("BOOKED")) {
            throw new HallException(HallException.Kind.CONFLICT, "appointment_not_booked", "appointmentNumber", "appointment " + number + " is " + a.state());
        }
        if (applicant != null && !applicant.equals(a.applicantNumber())) {
            throw new HallException(HallException.Kind.CONFLICT, "not_your_appointment", "appointmentNumber",
                    "appointment " + number + " was booked for another applicant");
        }
        Instant start = start(a.date(), a.slot());
        if (at.isBefore(start.minusSeconds(60L * rules.checkInEarlyMinutes()))) {
            throw new HallException(HallException.Kind.CONFLICT, "too_early", "appointmentNumber", "check-in opens "
                    + rules.checkInEarlyMinutes() + " minutes before " + a.slot());
        }
        boolean onTime = !at.isAfter(start.plusSeconds(60L * rules.checkInLateMinutes()));
        PreparedStatement up = tx.prepare("UPDATE floor_appointment SET state = ? WHERE number = ? AND state = 'BOOKED'");
        up.setString(1, onTime ? "CHECKED_IN" : "LATE");
        up.setString(2, number);
        if (up.executeUpdate() != 1) {
            throw new HallException(HallException.Kind.CONFLICT, "appointment_not_booked", "appointmentNumber", "appointment " + number + " was just used");
        }
        return new CheckIn(onTime, a.queue(), a.itemCode(), a.applicantNumber(), a.vip());
    }

    /** @return the day online booking is suspended until, when the applicant missed too many appointments lately */
    Optional<LocalDate> suspendedUntil(String applicant, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, HallClock.ZONE);
        List<LocalDate> missed = db.read(c -> {
            List<LocalDate> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, slot, state FROM floor_appointment WHERE applicant = ? AND day >= ? "
                    + "AND state IN ('BOOKED', 'NO_SHOW') ORDER BY day")) {
                ps.setString(1, applicant);
                Sql.setDate(ps, 2, today.minusDays(rules.noShowWindowDays() + rules.suspendDays()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate d = Sql.date(rs, 1);
                        boolean gone = rs.getString(3).equals("NO_SHOW")
                                || start(d, rs.getString(2)).plusSeconds(60L * rules.checkInLateMinutes()).isBefore(now);
                        if (gone) {
                            out.add(d);
                        }
                    }
                }
            }
            return out;
        });
        return suspension(missed, today, rules);
    }

    /** @param missed days of missed appointments, ascending @return the end of a suspension still running today */
    static Optional<LocalDate> suspension(List<LocalDate> missed, LocalDate today, Rules rules) {
        LocalDate until = null;
        int k = rules.noShowLimit();
        for (int i = k - 1; i < missed.size(); i++) {
            if (!missed.get(i - k + 1).plusDays(rules.noShowWindowDays()).isBefore(missed.get(i))) {
                LocalDate end = missed.get(i).plusDays(rules.suspendDays());
                until = until == null || end.isAfter(until) ? end : until;
            }
        }
        return until != null && until.isAfter(today) ? Optional.of(until) : Optional.empty();
    }

    static Instant start(LocalDate date, String slot) {
        return ZonedDateTime.of(date, LocalTime.parse(slot), HallClock.ZONE).toInstant();
    }

    private static LocalDate date(String value) {
        if (value == null) {
            throw HallException.invalid("date", "date is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw HallException.invalid("date", "date must be YYYY-MM-DD");
        }
    }

    private static String slot(Site site, String value) {
        if (value == null) {
            throw HallException.invalid("slot", "slot is required (HH:MM)");
        }
        String s;
        try {
            s = LocalTime.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw HallException.invalid("slot", "slot must be HH:MM");
        }
        if (!slotStarts(site).contains(s)) {
            throw new HallException(HallException.Kind.UNPROCESSABLE, "unknown_slot", "slot", site.code() + " has no slot at " + s
                    + "; slots start every " + site.slotMinutes() + " minutes from " + site.opens());
        }
        return s;
    }

    private static Appointment load(java.sql.Connection c, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM floor_appointment WHERE number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new HallException(HallException.Kind.NOT_FOUND, "unknown_appointment", "appointmentNumber", "no appointment " + number);
                }
                return row(rs);
            }
        }
    }

    private static Appointment row(ResultSet rs) throws SQLException {
        return new Appointment(rs.getString("number"), rs.getString("site"), rs.getString("queue"), rs.getString("item"), Sql.date(rs, "day"),
                rs.getString("slot"), rs.getString("applicant"), rs.getString("state"), rs.getBoolean("online"), rs.getBoolean("vip"),
                Sql.instant(rs, "booked_at"));
    }
}
