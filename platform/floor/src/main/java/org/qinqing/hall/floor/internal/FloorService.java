package org.qinqing.hall.floor.internal;

import java.io.Reader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.floor.Appointment;
import org.qinqing.hall.floor.AppointmentRequest;
import org.qinqing.hall.floor.Board;
import org.qinqing.hall.floor.BoardCall;
import org.qinqing.hall.floor.Call;
import org.qinqing.hall.floor.Floor;
import org.qinqing.hall.floor.Queue;
import org.qinqing.hall.floor.QueueStats;
import org.qinqing.hall.floor.Site;
import org.qinqing.hall.floor.Slot;
import org.qinqing.hall.floor.SpecialistNotice;
import org.qinqing.hall.floor.Ticket;
import org.qinqing.hall.floor.TicketRequest;
import org.qinqing.hall.floor.VipParty;
import org.qinqing.hall.floor.Window;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migrations;
import org.qinqing.hall.store.Sql;

/** The floor, put together from its parts. */
public class FloorService implements Floor {
    private final Database db;
    private final HallClock clock;
    private final Sites sites;
    private final Seats seats;
    private final TicketDesk desk;
    private final Calling calling;
    private final Bookings bookings;
    private final VipRegistry vip;
    private final Stats stats;
    private final CallFeed feed;
    private final Specialists specialists;

    FloorService(Database db, HallClock clock, WorkingCalendar calendar, Sites sites, Rules rules, Checks checks, long pollMillis) {
        this.db = db;
        this.clock = clock;
        this.sites = sites;
        this.seats = new Seats(db, sites);
        SpecialistParties listed = new SpecialistParties(db.rows());
        this.vip = new VipRegistry(db, checks, listed);
        this.desk = new TicketDesk(db, clock, calendar, sites, rules, checks, vip);
        this.feed = new CallFeed(db, pollMillis);
        this.calling = new Calling(db, sites, rules, feed::wake);
        this.bookings = new Bookings(db, clock, calendar, sites, rules, checks, vip);
        this.stats = new Stats(db, sites, rules);
        this.specialists = new Specialists(db, listed);
    }

    /** For Blueprint: the configuration as properties (see org.qinqing.hall.floor.cfg). */
    public static FloorService create(Database db, HallClock clock, WorkingCalendar calendar, org.qinqing.hall.api.Catalogue catalogue,
            org.qinqing.hall.api.Parties parties, org.osgi.framework.Bundle bundle, Map<String, Object> config) {
        db.migrate("floor", Migrations.fromBundle(bundle, "floor"));
        Rules d = Rules.defaults();
        Rules rules = new Rules(num(config, "walkInThresholdMinutes", d.walkInThresholdMinutes()), num(config, "checkInEarlyMinutes", d.checkInEarlyMinutes()),
                num(config, "checkInLateMinutes", d.checkInLateMinutes()), num(config, "bookingDaysAhead", d.bookingDaysAhead()),
                num(config, "noShowLimit", d.noShowLimit()), num(config, "noShowWindowDays", d.noShowWindowDays()),
                num(config, "suspendDays", d.suspendDays()), num(config, "targetWaitMinutes", d.targetWaitMinutes()),
                Boolean.parseBoolean(String.valueOf(config.getOrDefault("enforceOpeningHours", "true"))),
                num(config, "defaultServiceMinutes", d.defaultServiceMinutes()));
        Object file = config.get("sitesFile");
        String sitesFile = file == null || file.toString().isBlank() ? System.getProperty("karaf.etc", "etc") + "/hall-sites.json" : file.toString();
        return new FloorService(db, clock, calendar, Sites.load(sitesFile), rules,
                Checks.of(catalogue, parties, clock), num(config, "boardPollMillis", 200));
    }

    private static int num(Map<String, Object> config, String key, int otherwise) {
        Object v = config.get(key);
        return v == null || v.toString().isBlank() ? otherwise : Integer.parseInt(v.toString().trim());
    }

    public void start() {
        feed.start();
    }

    public void stop() {
        feed.stop();
    }

    Bookings bookings() {
        return bookings;
    }

    /** @return the case listener that tells specialists of their parties' cases */
    public Specialists specialists() {
        return specialists;
    }

    @Override
    public List<VipParty> specialistParties(String specialist) {
        return specialists.parties(specialist);
    }

    @Override
    public List<SpecialistNotice> specialistNotices(String specialist, boolean unreadOnly, int limit) {
        return specialists.notices(specialist, unreadOnly, limit);
    }

    @Override
    public int markNoticesRead(String specialist, long upToId) {
        return specialists.markRead(specialist, upToId);
    }

    @Override
    public List<Site> sites() {
        return sites.all();
    }

    @Override
    public Site site(String code) {
        return sites.site(code);
    }

    @Override
    public Window signIn(String window, String clerk) {
        return seats.signIn(window, clerk);
    }

    @Override
    public void signOut(String window, String clerk) {
        seats.signOut(window, clerk);
    }

    @Override
    public void leave(String clerk) {
        seats.leave(clerk);
    }

    @Override
    public Optional<String> windowOf(String clerk) {
        return seats.windowOf(clerk);
    }

    @Override
    public Ticket take(String site, TicketRequest request, String actor) {
        return desk.take(site, request, actor);
    }

    @Override
    public Ticket ticket(String site, String ticket) {
        return desk.ticket(site, ticket);
    }

    @Override
    public Optional<Call> callNext(String window, String clerk) {
        return calling.callNext(window, clerk);
    }

    @Override
    public Call recall(String window, String clerk) {
        return calling.recall(window, clerk);
    }

    @Override
    public Call noShow(String window, String clerk) {
        return calling.noShow(window, clerk);
    }

    @Override
    public Ticket transfer(String window, String clerk, String queue, String toWindow) {
        return calling.transfer(window, clerk, queue, toWindow);
    }

    @Override
    public Call serve(String window, String clerk) {
        return calling.serve(window, clerk);
    }

    @Override
    public Ticket done(String window, String clerk) {
        return calling.done(window, clerk);
    }

    @Override
    public Ticket recordCase(String window, String clerk, String caseNumber) {
        return calling.recordCase(window, clerk, caseNumber);
    }

    @Override
    public Optional<Call> current(String window) {
        return calling.current(window);
    }

    @Override
    public Board board(String siteCode) {
        Site site = sites.site(siteCode);
        LocalDate today = clock.today();
        return db.read(c -> {
            List<BoardCall> calls = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM floor_call WHERE site = ? ORDER BY seq DESC FETCH FIRST 10 ROWS ONLY")) {
                ps.setString(1, site.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        calls.add(CallFeed.row(rs));
                    }
                }
            }
            Map<String, Integer> waiting = new LinkedHashMap<>();
            for (Queue q : site.queues()) {
                waiting.put(q.code(), 0);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT queue, COUNT(*) FROM floor_ticket WHERE site = ? AND day = ? AND state = 'WAITING' GROUP BY queue")) {
                ps.setString(1, site.code());
                Sql.setDate(ps, 2, today);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        waiting.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return new Board(calls, waiting);
        });
    }

    @Override
    public AutoCloseable follow(String site, Consumer<BoardCall> listener) {
        sites.site(site);
        return feed.follow(site, listener);
    }

    @Override
    public long lastCall() {
        return feed.latest();
    }

    @Override
    public List<BoardCall> callsAfter(long afterSeq, int limit) {
        return feed.after(afterSeq, limit);
    }

    @Override
    public List<Slot> slots(String site, LocalDate date) {
        return bookings.slots(site, date, null);
    }

    @Override
    public Appointment book(AppointmentRequest request, String actor, boolean online) {
        return bookings.book(request, actor, online);
    }

    @Override
    public Appointment cancel(String number, String actor) {
        return bookings.cancel(number, actor);
    }

    @Override
    public Appointment appointment(String number) {
        return bookings.appointment(number);
    }

    @Override
    public List<Appointment> appointmentsOf(String applicantNumber) {
        return bookings.of(applicantNumber);
    }

    @Override
    public List<VipParty> vipParties(String kind) {
        return vip.list(kind);
    }

    @Override
    public VipParty putVip(VipParty party, String actor) {
        return vip.put(party, actor);
    }

    @Override
    public void removeVip(String number, String actor) {
        vip.remove(number, actor);
    }

    @Override
    public int importVip(String kind, Reader csv, String actor) {
        return vip.importCsv(kind, csv, actor);
    }

    @Override
    public Optional<VipParty> vipMatch(String applicantNumber, String enterpriseNumber) {
        return vip.match(applicantNumber, enterpriseNumber);
    }

    @Override
    public QueueStats stats(String site, LocalDate from, LocalDate to) {
        return stats.stats(site, from, to);
    }
}
