package org.qinqing.hall.calendar.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CalendarDay;
import org.qinqing.hall.api.CalendarYear;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working-day calendar: the official schedules, persisted per year, plus a provisional schedule
 * ({@link ProvisionalSchedule}) for the current and the next year of the hall's date while their
 * notice is not loaded. Readers use an immutable {@link Served} view, rebuilt when the hall's year
 * changes (one comparison per call) or a schedule is loaded; nothing provisional is stored, so
 * every node serves the same days. The official years are kept in the region {@code calendar.years}
 * of the store's cache of committed rows, looked at every {@link #CHECK_MILLIS} ms: a schedule
 * loaded on another node drops it there (its cache is fed that node's commits), and this node serves
 * the new year within that time.
 */
public final class CalendarService implements WorkingCalendar {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarService.class);

    /** How often the served view asks the region whether the official years changed (on another node). */
    static final long CHECK_MILLIS = 250;
    private static final String YEARS = "official";

    private final Database db;
    private final HallClock clock;
    private final List<Migration> migrations;
    private final Region<Map<Integer, CalendarYear>> official;
    private volatile Served served = new Served(Integer.MIN_VALUE, Map.of(), Map.of(), DayIndex.of(Map.of()));
    private volatile long nextCheck = System.nanoTime();

    /**
     * What is served for one year of the hall's date: the official years, those plus the provisional
     * ones, and their index.
     */
    private record Served(int hallYear, Map<Integer, CalendarYear> official, Map<Integer, CalendarYear> years, DayIndex index) {
        /** @param official the region's value, kept as it is: the next check compares it by identity */
        static Served of(int hallYear, Map<Integer, CalendarYear> official) {
            Map<Integer, CalendarYear> all = new TreeMap<>(official);
            for (int y = hallYear; y <= hallYear + 1; y++) {
                if (!official.containsKey(y)) {
                    all.put(y, ProvisionalSchedule.of(y));
                }
            }
            return new Served(hallYear, official, Collections.unmodifiableMap(all), DayIndex.of(all));
        }
    }

    /**
     * @param db the hall database
     * @param clock the hall's clock: its year decides which years are served provisionally
     * @param migrations the calendar's schema and shipped schedules
     */
    public CalendarService(Database db, HallClock clock, List<Migration> migrations) {
        this.db = db;
        this.clock = clock;
        this.migrations = migrations;
        this.official = db.rows().region("calendar.years", 1);
    }

    /** Applies the schema (with the 2025 and 2026 schedules) and loads every year. */
    public void start() {
        db.migrate("calendar", migrations);
        reload();
        Served s = served();
        LOG.info("Working-day calendar version {} with years {} (provisional: {})", version(), s.years().keySet(),
                s.years().values().stream().filter(CalendarYear::provisional).map(CalendarYear::year).toList());
    }

    /** @return the view for the hall's current year, rebuilt when that year or the official years changed */
    private Served served() {
        Served s = served;
        int year = clock.today().getYear();
        if (s.hallYear() == year && System.nanoTime() - nextCheck < 0) {
            return s;
        }
        synchronized (this) {
            s = served;
            if (System.nanoTime() - nextCheck >= 0) {
                nextCheck = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(CHECK_MILLIS);
                Map<Integer, CalendarYear> now = official.get(YEARS, k -> load());
                if (now != s.official()) {
                    s = Served.of(year, now);
                    served = s;
                }
            }
            if (s.hallYear() != year) {
                s = Served.of(year, s.official());
                served = s;
            }
            return s;
        }
    }

    /** Serves the official years as committed now (after this node loaded one). */
    private void reload() {
        synchronized (this) {
            served = Served.of(clock.today().getYear(), official.get(YEARS, k -> load()));
            nextCheck = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(CHECK_MILLIS);
        }
    }

    private Map<Integer, CalendarYear> load() {
        return db.read(c -> {
            Map<Integer, List<CalendarDay>> days = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT cal_year, day, holiday, name FROM calendar_day ORDER BY day");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.computeIfAbsent(rs.getInt(1), y -> new ArrayList<>())
                            .add(new CalendarDay(Sql.date(rs, "day"), rs.getBoolean(3), rs.getString(4)));
                }
            }
            Map<Integer, CalendarYear> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM calendar_year");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int y = rs.getInt("cal_year");
                    out.put(y, new CalendarYear(y, List.copyOf(days.getOrDefault(y, List.of())), rs.getInt("version"),
                            rs.getString("source"), Sql.instant(rs, "updated_at"), rs.getString("updated_by")));
                }
            }
            return Collections.unmodifiableMap(out);
        });
    }

    @Override
    public LocalDate deadline(LocalDate start, int days, LimitUnit unit) {
        return Calendars.deadline(served().index(), start, days, unit);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return Calendars.isWorkingDay(served().index(), date);
    }

    @Override
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return Calendars.between(served().index(), fromExclusive, toInclusive);
    }

    @Override
    public int version() {
        return served().official().values().stream().mapToInt(CalendarYear::version).max().orElse(0);
    }

    @Override
    public List<CalendarYear> years() {
        return List.copyOf(served().years().values());
    }

    @Override
    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(served().years().get(year));
    }

    @Override
    public boolean provisional(LocalDate fromExclusive, LocalDate toInclusive) {
        Map<Integer, CalendarYear> years = served().years();
        LocalDate first = fromExclusive.plusDays(1);
        for (int y = first.getYear(); y <= toInclusive.getYear(); y++) {
            CalendarYear cy = years.get(y);
            if (cy != null && cy.provisional()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public CalendarYear putYear(int year, List<CalendarDay> days, String source, Actor actor) {
        validate(year, days);
        db.write(tx -> {
            PreparedStatement del = tx.prepare("DELETE FROM calendar_day WHERE cal_year = ?");
            del.setInt(1, year);
            del.executeUpdate();
            PreparedStatement ins = tx.prepare("INSERT INTO calendar_day (cal_year, day, holiday, name) VALUES (?,?,?,?)");
            for (CalendarDay d : days) {
                ins.setInt(1, year);
                Sql.setDate(ins, 2, d.date());
                ins.setBoolean(3, d.holiday());
                ins.setString(4, d.name());
                ins.executeUpdate();
            }
            int version = (int) tx.next("calendar-version");
            PreparedStatement up = tx.prepare("UPDATE calendar_year SET version = ?, source = ?, updated_at = ?, updated_by = ? WHERE cal_year = ?");
            up.setInt(1, version);
            up.setString(2, source);
            Sql.setInstant(up, 3, tx.now());
            up.setString(4, actor.auditName());
            up.setInt(5, year);
            if (up.executeUpdate() == 0) {
                PreparedStatement in = tx.prepare("INSERT INTO calendar_year (cal_year, version, source, updated_at, updated_by) VALUES (?,?,?,?,?)");
                in.setInt(1, year);
                in.setInt(2, version);
                in.setString(3, source);
                Sql.setInstant(in, 4, tx.now());
                in.setString(5, actor.auditName());
                in.executeUpdate();
            }
            long holidays = days.stream().filter(CalendarDay::holiday).count();
            official.changed(tx, YEARS);
            tx.audit(new AuditRecord("calendar", String.valueOf(year), "calendar-load", actor.auditName(), actor.channelName(),
                    null, null, "v" + version, source, "{\"holidays\":" + holidays + ",\"makeUpDays\":" + (days.size() - holidays) + "}"));
            return version;
        });
        reload();
        return served().years().get(year);
    }

    static void validate(int year, List<CalendarDay> days) {
        if (year < 1949 || year > 2200) {
            throw HallException.invalid("year", "year " + year + " is out of range");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay d : days) {
            if (d.date() == null || d.date().getYear() != year) {
                throw HallException.invalid("days", "day " + d.date() + " is not in " + year);
            }
            if (!seen.add(d.date())) {
                throw HallException.invalid("days", "day " + d.date() + " is listed twice");
            }
            boolean weekend = d.date().getDayOfWeek() == DayOfWeek.SATURDAY || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!d.holiday() && !weekend) {
                throw HallException.invalid("days", d.date() + " is a " + d.date().getDayOfWeek()
                        + ": a make-up working day (调休上班) falls on a weekend");
            }
            if (d.name() == null || d.name().isBlank()) {
                throw HallException.invalid("days", d.date() + " has no name (e.g. 春节)");
            }
        }
    }
}
