package org.qinqing.hall.floor.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.qinqing.hall.api.CalendarDay;
import org.qinqing.hall.api.CalendarYear;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.floor.Appointment;
import org.qinqing.hall.floor.AppointmentRequest;
import org.qinqing.hall.floor.Call;
import org.qinqing.hall.floor.Ticket;
import org.qinqing.hall.floor.TicketRequest;
import org.qinqing.hall.floor.VipParty;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/** The floor against a real Derby database. Each test works at its own site (a street centre), so tests do not see each other's tickets. */
public class FloorServiceTest {
    static final String PERSON = "440524188001010014";
    static final String OTHER = "11010519491231002X";
    static final String FIRM = "91110000600037341L";
    static final AtomicReference<Instant> NOW = new AtomicReference<>(at(LocalDate.of(2026, 12, 7), "10:00"));
    static final HallClock CLOCK = NOW::get;
    private static EmbeddedDataSource ds;
    private static JdbcDatabase db;
    private static FloorService floor;

    static Instant at(LocalDate day, String time) {
        return ZonedDateTime.of(day, java.time.LocalTime.parse(time), HallClock.ZONE).toInstant();
    }

    /** Monday to Friday. */
    static final class Weekdays implements WorkingCalendar {
        @Override
        public LocalDate deadline(LocalDate start, int days, LimitUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public List<CalendarYear> years() {
            return List.of();
        }

        @Override
        public Optional<CalendarYear> year(int year) {
            return Optional.empty();
        }

        @Override
        public CalendarYear putYear(int year, List<CalendarDay> days, String source, org.qinqing.hall.api.Actor actor) {
            throw new UnsupportedOperationException();
        }
    }

    static FloorService floor(JdbcDatabase db) {
        db.migrate("floor", TestStore.module(FloorService.class, "floor"));
        Rules rules = new Rules(30, 30, 15, 7, 3, 30, 30, 20, false, 10);
        Checks checks = new Checks(code -> code.startsWith("item-"), (firm, person) -> firm.equals(FIRM) && person.equals(OTHER), CLOCK);
        FloorService f = new FloorService(db, CLOCK, new Weekdays(), Sites.load(null), rules, checks, 50);
        f.start();
        return f;
    }

    @BeforeClass
    public static void start() {
        ds = TestStore.fresh();
        db = TestStore.started(ds, CLOCK);
        floor = floor(db);
    }

    @AfterClass
    public static void stop() throws Exception {
        floor.stop();
        db.stop();
    }

    private static TicketRequest walkIn() {
        return new TicketRequest(null, null, null, null, null);
    }

    @Test
    public void ticketsAreNumberedPerQueueAndDayAndNumbersSurviveARestart() throws Exception {
        assertEquals("A001", floor.take("nantou", walkIn(), "kiosk").ticket());
        assertEquals("A002", floor.take("nantou", walkIn(), "kiosk").ticket());
        assertEquals("V001", floor.take("nantou", new TicketRequest("V", null, null, null, null), "kiosk").ticket());
        assertEquals("another site counts on its own", "A001", floor.take("nanshan", walkIn(), "kiosk").ticket());
        floor.stop();
        db.stop();
        db = TestStore.started(TestStore.existing(ds), CLOCK);
        floor = floor(db);
        assertEquals("after a restart the day's numbers go on", "A003", floor.take("nantou", walkIn(), "kiosk").ticket());
    }

    @Test
    public void aTicketKnowsHowManyWaitAheadAndItsEstimatedWait() {
        floor.take("shahe", walkIn(), "kiosk");
        floor.take("shahe", walkIn(), "kiosk");
        Ticket third = floor.take("shahe", new TicketRequest(null, "item-1", person(900), null, null), "kiosk");
        assertEquals(2, third.waitingAhead());
        assertEquals("three tickets at the default 10 minutes, no window signed in", 30, third.estimatedWaitMinutes());
        assertEquals("item-1", third.itemCode());
        assertEquals(person(900), third.applicantNumber());
    }

    @Test
    public void badInputNamesTheField() {
        expect(() -> floor.take("nowhere", walkIn(), "kiosk"), 404, "site");
        expect(() -> floor.take("shekou", new TicketRequest("Q", null, null, null, null), "kiosk"), 404, "queue");
        expect(() -> floor.take("shekou", new TicketRequest(null, "nope", null, null, null), "kiosk"), 404, "itemCode");
        expect(() -> floor.take("shekou", new TicketRequest(null, null, "123", null, null), "kiosk"), 400, "applicantNumber");
        expect(() -> floor.take("shekou", new TicketRequest(null, null, null, "Y1", null), "kiosk"), 404, "appointmentNumber");
        expect(() -> floor.signIn("no-such-window", "clerk"), 404, "window");
    }

    @Test
    public void aClerkCallsOnlyAtTheWindowTheySignedInTo() {
        floor.take("zhaoshang", walkIn(), "kiosk");
        expect(() -> floor.callNext("zhaoshang-1", "clerk-z"), 403, "window");
        floor.signIn("zhaoshang-1", "clerk-z");
        expect(() -> floor.signIn("zhaoshang-1", "clerk-y"), 409, "window");
        floor.signIn("zhaoshang-2", "clerk-z");
        assertEquals("signing in elsewhere leaves the first window", Optional.of("zhaoshang-2"), floor.windowOf("clerk-z"));
        expect(() -> floor.callNext("zhaoshang-1", "clerk-z"), 403, "window");
        Call c = floor.callNext("zhaoshang-2", "clerk-z").orElseThrow();
        assertEquals("A001", c.ticket().ticket());
        assertEquals(2, c.windowNumber());
        assertTrue("nobody else waits", floor.callNext("zhaoshang-2", "clerk-z").isEmpty());
        floor.signOut("zhaoshang-2", "clerk-z");
        expect(() -> floor.callNext("zhaoshang-2", "clerk-z"), 403, "window");
    }

    @Test
    public void appointmentsFirstThenVipThenWalkInsButAWalkInPastTheThresholdBeforeNewAppointments() {
        LocalDate day = LocalDate.of(2026, 12, 8);
        NOW.set(at(day, "09:00"));
        try {
            Ticket oldWalkIn = floor.take("yuehai", walkIn(), "kiosk");
            NOW.set(at(day, "09:10"));
            Appointment a = floor.book(new AppointmentRequest("yuehai", "item-1", day.toString(), "10:00", person(901), null, null), "clerk", false);
            NOW.set(at(day, "09:35"));
            Ticket walkIn = floor.take("yuehai", walkIn(), "kiosk");
            Ticket vip = floor.take("yuehai", new TicketRequest("A", null, null, null, null), "kiosk");
            markVip(vip);
            Ticket appointment = floor.take("yuehai", new TicketRequest(null, null, null, a.appointmentNumber(), null), "kiosk");
            assertEquals("A", appointment.queue());
            floor.signIn("yuehai-1", "clerk-yh");
            assertEquals("the walk-in of 09:00 has waited 35 minutes", oldWalkIn.ticket(), next("yuehai-1"));
            assertEquals("then the checked-in appointment", appointment.ticket(), next("yuehai-1"));
            assertEquals("then VIP", vip.ticket(), next("yuehai-1"));
            assertEquals(walkIn.ticket(), next("yuehai-1"));
        } finally {
            NOW.set(at(LocalDate.of(2026, 12, 7), "10:00"));
        }
    }

    /**
     * Takes {@code count} tickets a minute apart from {@code from} in both queues, then makes them of every class
     * (VIP or not, appointment or walk-in) at random by {@code seed}, some sent to the window {@code target} names.
     */
    private void takeMixedTickets(LocalDate day, String from, int count, long seed, java.util.function.IntFunction<String> target)
            throws Exception {
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < count; i++) {
            NOW.set(at(day, from).plusSeconds(60L * i));
            Ticket t = floor.take("nanshan", new TicketRequest(i % 3 == 0 ? "V" : "A", null, null, null, null), "kiosk");
            String kind = random.nextInt(3) == 0 ? "APPOINTMENT" : "WALK_IN";
            String window = target.apply(i);
            db.write(tx -> {
                try (java.sql.PreparedStatement ps = tx.connection().prepareStatement("UPDATE floor_ticket SET vip = ?, kind = ?, target_window = ? WHERE id = ?")) {
                    ps.setBoolean(1, random.nextInt(4) == 0);
                    ps.setString(2, kind);
                    ps.setString(3, window);
                    ps.setLong(4, t.id());
                    return ps.executeUpdate();
                }
            });
        }
    }

    @Test
    public void callingFollowsTheRankingOverEveryClassOfTicketAndBothQueuesOfTheWindow() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 9);
        try {
            takeMixedTickets(day, "08:30", 60, 23, i -> i % 17 == 5 ? "nanshan-5" : i % 19 == 7 ? "nanshan-1" : null);
            NOW.set(at(day, "10:00"));
            floor.signIn("nanshan-5", "clerk-ns5");
            int calls = 0;
            Optional<Long> expected;
            while ((expected = bestByRanking(day)).isPresent()) {
                assertEquals("call " + (++calls), expected.get().longValue(), floor.callNext("nanshan-5", "clerk-ns5").orElseThrow().ticket().id());
            }
            assertFalse(floor.callNext("nanshan-5", "clerk-ns5").isPresent());
            assertTrue("every ticket but those sent to window 1", calls > 50);
        } finally {
            floor.signOut("nanshan-5", "clerk-ns5");
            NOW.set(at(LocalDate.of(2026, 12, 7), "10:00"));
        }
    }

    /**
     * Call-next requests that wait together are served by one unit ({@link CallBatch}): each window,
     * in arrival order, gets the ticket it would get calling alone right after the windows before
     * it (a window twice in a unit finishes its first ticket), and a window nobody is signed in to
     * is refused without spoiling the others.
     */
    @Test
    public void oneUnitServingSeveralWindowsGivesEachTheTicketItWouldGetCallingAlone() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 10);
        String[] order = {"nanshan-1", "nanshan-5", "nanshan-2", "nanshan-4", "nanshan-5", "nanshan-3", "nanshan-1"};
        try {
            takeMixedTickets(day, "08:40", 45, 7, i -> i % 11 == 4 ? "nanshan-5" : i % 13 == 6 ? "nanshan-2" : null);
            NOW.set(at(day, "10:00"));
            for (String w : new String[] {"nanshan-1", "nanshan-2", "nanshan-3", "nanshan-5"}) {
                floor.signIn(w, "clerk-" + w);
            }
            org.qinqing.hall.floor.Site site = floor.site("nanshan");
            Rules rules = new Rules(30, 30, 15, 7, 3, 30, 30, 20, false, 10);
            int calls = 0;
            for (int round = 0, before = -1; round < 20 && calls > before; round++) {
                before = calls;
                List<NextCalls.Request> requests = new ArrayList<>();
                for (String w : order) {
                    requests.add(new NextCalls.Request(site, site.windows().stream().filter(x -> x.code().equals(w)).findFirst().orElseThrow(), "clerk-" + w));
                }
                List<Optional<Long>> expected = seriallyByRanking(day, requests);
                java.util.Map<NextCalls.Request, Object> got = db.write(tx -> new CallBatch(tx, rules).serve(requests));
                for (int i = 0; i < requests.size(); i++) {
                    Object outcome = got.get(requests.get(i));
                    String what = "round " + round + ", " + requests.get(i).window.code();
                    if (requests.get(i).window.code().equals("nanshan-4")) {
                        assertEquals(what, 403, ((HallException) outcome).kind().status());
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    Optional<Long> called = ((Optional<Call>) outcome).map(c -> c.ticket().id());
                    assertEquals(what, expected.get(i), called);
                    calls += called.isPresent() ? 1 : 0;
                }
            }
            assertEquals("all 45 tickets, each once", 45, calls);
        } finally {
            for (String w : new String[] {"nanshan-1", "nanshan-2", "nanshan-3", "nanshan-5"}) {
                floor.signOut(w, "clerk-" + w);
            }
            NOW.set(at(LocalDate.of(2026, 12, 7), "10:00"));
        }
    }

    /** What each request would get, the windows calling one after another (nanshan-4: nobody signed in, nothing). */
    private static List<Optional<Long>> seriallyByRanking(LocalDate day, List<NextCalls.Request> requests) {
        Instant overdue = NOW.get().minusSeconds(30 * 60);
        List<Object[]> waiting = db.read(c -> {
            List<Object[]> rows = new ArrayList<>();
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT id, kind, vip, issued_at, target_window, queue FROM floor_ticket "
                    + "WHERE site = 'nanshan' AND day = ? AND state = 'WAITING'")) {
                org.qinqing.hall.store.Sql.setDate(ps, 1, day);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {new Ranking.Waiting(rs.getLong(1), rs.getString(2), rs.getBoolean(3), org.qinqing.hall.store.Sql.instant(rs, 4)),
                            rs.getString(5), rs.getString(6)});
                    }
                }
            }
            return rows;
        });
        List<Optional<Long>> out = new ArrayList<>();
        for (NextCalls.Request r : requests) {
            if (r.window.code().equals("nanshan-4")) {
                out.add(Optional.empty());
                continue;
            }
            Optional<Object[]> best = waiting.stream().filter(row -> r.window.code().equals(row[1])).min(java.util.Comparator.comparing(
                    (Object[] row) -> ((Ranking.Waiting) row[0]).issuedAt()).thenComparingLong(row -> ((Ranking.Waiting) row[0]).id()));
            if (best.isEmpty()) {
                best = waiting.stream().filter(row -> row[1] == null && r.window.queues().contains((String) row[2]))
                        .min((a, b) -> Ranking.order(overdue).compare((Ranking.Waiting) a[0], (Ranking.Waiting) b[0]));
            }
            best.ifPresent(waiting::remove);
            out.add(best.map(row -> ((Ranking.Waiting) row[0]).id()));
        }
        return out;
    }

    /** The first ticket for nanshan-5 by sorting all waiting tickets with {@link Ranking}, as the writer did before the indexes. */
    private static Optional<Long> bestByRanking(LocalDate day) {
        Instant overdue = NOW.get().minusSeconds(30 * 60);
        return db.read(c -> {
            List<Ranking.Waiting> transferred = new ArrayList<>();
            List<Ranking.Waiting> rest = new ArrayList<>();
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT id, kind, vip, issued_at, target_window FROM floor_ticket WHERE site = 'nanshan' "
                    + "AND day = ? AND state = 'WAITING' AND ((target_window IS NULL AND queue IN ('V', 'A')) OR target_window = 'nanshan-5')")) {
                org.qinqing.hall.store.Sql.setDate(ps, 1, day);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Ranking.Waiting w = new Ranking.Waiting(rs.getLong(1), rs.getString(2), rs.getBoolean(3), org.qinqing.hall.store.Sql.instant(rs, 4));
                        (rs.getString(5) == null ? rest : transferred).add(w);
                    }
                }
            }
            transferred.sort(java.util.Comparator.comparing(Ranking.Waiting::issuedAt).thenComparingLong(Ranking.Waiting::id));
            rest.sort(Ranking.order(overdue));
            return transferred.isEmpty() ? rest.stream().findFirst().map(Ranking.Waiting::id) : Optional.of(transferred.get(0).id());
        });
    }

    private static void markVip(Ticket t) {
        db.write(tx -> {
            try (java.sql.PreparedStatement ps = tx.connection().prepareStatement("UPDATE floor_ticket SET vip = TRUE WHERE id = ?")) {
                ps.setLong(1, t.id());
                return ps.executeUpdate();
            }
        });
    }

    private static String next(String window) {
        return floor.callNext(window, "clerk-yh").orElseThrow().ticket().ticket();
    }

    @Test
    public void aListedEnterprisesAgentIsRoutedToVipWithTheSpecialist() {
        int n = floor.importVip("ENTERPRISE", new StringReader("number,name,category,specialist\n" + FIRM + ",某某科技有限公司,独角兽,zhuanyuan-li\n"), "supervisor");
        assertEquals(1, n);
        Ticket t = floor.take("taoyuan", new TicketRequest(null, null, OTHER, null, FIRM), "kiosk");
        assertTrue(t.vip());
        assertEquals("V", t.queue());
        assertEquals("V001", t.ticket());
        assertEquals("zhuanyuan-li", t.specialist());
        Ticket stranger = floor.take("taoyuan", new TicketRequest(null, null, PERSON, null, FIRM), "kiosk");
        assertFalse("not an agent of the enterprise", stranger.vip());
        floor.putVip(new VipParty(PERSON, "TALENT", "张三", "A类人才", "zhuanyuan-wang", null, null), "supervisor");
        assertEquals(1, floor.vipParties("TALENT").size());
        assertTrue(floor.take("taoyuan", new TicketRequest(null, null, PERSON, null, null), "kiosk").vip());
    }

    @Test
    public void aSpecialistIsToldOfHisPartysCaseAndWhoHasOneIsAnsweredFromTheKeptParties() {
        String listed = resident("44030519900101123");
        String unlisted = resident("44030519900101131");
        floor.putVip(new VipParty(listed, "TALENT", "王博士", "B类人才", "zhuanyuan-zhao", null, null), "supervisor");
        Specialists specialists = floor.specialists();
        db.write(tx -> {
            specialists.changed(tx, event("NS2026120700001", listed));
            specialists.changed(tx, event("NS2026120700002", unlisted));
            return null;
        });
        List<org.qinqing.hall.floor.SpecialistNotice> told = floor.specialistNotices("zhuanyuan-zhao", false, 10);
        assertEquals(1, told.size());
        assertEquals("NS2026120700001", told.get(0).caseNumber());
        assertEquals("王博士", told.get(0).partyName());

        // a unit that changes floor_vip behind the registry's back is not seen: the answer is the kept one, no query
        try {
            db.write(tx -> {
                try (java.sql.Statement st = tx.connection().createStatement()) {
                    st.executeUpdate("DELETE FROM floor_vip WHERE number = '" + listed + "'");
                    st.executeUpdate("INSERT INTO floor_vip (number, kind, name, category, specialist, added_by, added_at) VALUES ('"
                            + unlisted + "', 'TALENT', '赵博士', NULL, 'zhuanyuan-zhao', 'test', CURRENT_TIMESTAMP)");
                }
                specialists.changed(tx, event("NS2026120700003", listed));
                specialists.changed(tx, event("NS2026120700004", unlisted));
                try (java.sql.ResultSet rs = tx.connection().createStatement().executeQuery(
                        "SELECT case_number FROM floor_specialist_notice WHERE specialist = 'zhuanyuan-zhao' ORDER BY id")) {
                    List<String> cases = new ArrayList<>();
                    while (rs.next()) {
                        cases.add(rs.getString(1));
                    }
                    assertEquals(List.of("NS2026120700001", "NS2026120700003"), cases);
                }
                throw new IllegalStateException("rolled back");
            });
            fail("the unit is rolled back");
        } catch (IllegalStateException e) {
            assertEquals("rolled back", e.getMessage());
        }

        // the registry's own writes say so: the next case event sees the new specialist
        floor.putVip(new VipParty(unlisted, "TALENT", "赵博士", null, "zhuanyuan-zhao", null, null), "supervisor");
        db.write(tx -> {
            specialists.changed(tx, event("NS2026120700005", unlisted));
            return null;
        });
        assertEquals("NS2026120700005", floor.specialistNotices("zhuanyuan-zhao", false, 10).get(0).caseNumber());
        assertEquals(2, floor.specialistNotices("zhuanyuan-zhao", false, 10).size());
    }

    @Test
    public void withTheRowCacheOffTheSpecialistIsStillTold() {
        String listed = resident("44030519900101140");
        floor.putVip(new VipParty(listed, "TALENT", "钱博士", null, "zhuanyuan-qian", null, null), "supervisor");
        db.setRowCache(false);
        try {
            db.write(tx -> {
                floor.specialists().changed(tx, event("NS2026120700011", listed));
                floor.specialists().changed(tx, event("NS2026120700012", resident("44030519900101158")));
                return null;
            });
        } finally {
            db.setRowCache(true);
        }
        List<org.qinqing.hall.floor.SpecialistNotice> told = floor.specialistNotices("zhuanyuan-qian", false, 10);
        assertEquals(1, told.size());
        assertEquals("NS2026120700011", told.get(0).caseNumber());
    }

    private static String resident(String first17) {
        return first17 + org.qinqing.hall.api.identity.ResidentIds.checkCharacter(first17);
    }

    private static org.qinqing.hall.cases.CaseEvent event(String caseNumber, String applicant) {
        return new org.qinqing.hall.cases.CaseEvent(caseNumber, null, "item-police", "police", null, org.qinqing.hall.api.CaseStatus.ACCEPTED,
                null, null, "clerk", LocalDate.of(2026, 12, 7), applicant);
    }

    @Test
    public void recallBeforeNoShowAndTransferKeepsThePlace() {
        floor.take("xili", walkIn(), "kiosk");
        floor.take("xili", walkIn(), "kiosk");
        floor.signIn("xili-1", "clerk-x1");
        floor.signIn("xili-5", "clerk-x5");
        Call first = floor.callNext("xili-1", "clerk-x1").orElseThrow();
        expect(() -> floor.noShow("xili-1", "clerk-x1"), 409, "window");
        assertEquals(1, floor.recall("xili-1", "clerk-x1").recalls());
        assertEquals("NO_SHOW", floor.noShow("xili-1", "clerk-x1").ticket().state());
        Call second = floor.callNext("xili-1", "clerk-x1").orElseThrow();
        Ticket moved = floor.transfer("xili-1", "clerk-x1", null, "xili-5");
        assertEquals("WAITING", moved.state());
        assertEquals("the transferred ticket goes to its window", second.ticket().ticket(), floor.callNext("xili-5", "clerk-x5").orElseThrow().ticket().ticket());
        assertEquals("SERVING", floor.serve("xili-5", "clerk-x5").ticket().state());
        assertEquals("DONE", floor.done("xili-5", "clerk-x5").state());
        assertEquals("A001", first.ticket().ticket());
        assertEquals("call, recall, call, call at window 5", 4, floor.board("xili").calls().size());
        assertEquals(5, floor.board("xili").calls().get(0).windowNumber());
    }

    @Test
    public void twentyWindowsCallingAtOnceNeverGetTheSameTicket() throws Exception {
        int tickets = 400;
        for (int i = 0; i < tickets; i++) {
            floor.take("hall", walkIn(), "kiosk");
        }
        for (int w = 1; w <= 20; w++) {
            floor.signIn(String.valueOf(w), "clerk-" + w);
        }
        Set<String> called = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<?>> all = new ArrayList<>();
        for (int w = 1; w <= 20; w++) {
            String window = String.valueOf(w);
            all.add(pool.submit(() -> {
                Optional<Call> c;
                while ((c = floor.callNext(window, "clerk-" + window)).isPresent()) {
                    if (!called.add(c.get().ticket().ticket())) {
                        duplicates.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(0, duplicates.get());
        assertEquals(tickets, called.size());
    }

    @Test
    public void aSlotIsNeverOverbookedEvenWhenBookedConcurrently() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 9);
        // community kiosks take 2 per slot
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String applicant = person(i);
            tries.add(pool.submit(() -> {
                try {
                    floor.book(new AppointmentRequest("xili-dakan", "item-1", day.toString(), "11:00", applicant, null, null), "clerk", false);
                    return true;
                } catch (HallException e) {
                    return false;
                }
            }));
        }
        int booked = 0;
        for (Future<Boolean> f : tries) {
            booked += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals("16 applicants, capacity 2", 2, booked);
        assertEquals(2, floor.slots("xili-dakan", day).stream().filter(s -> s.slot().equals("11:00")).findFirst().orElseThrow().booked());
        expect(() -> floor.book(new AppointmentRequest("xili-dakan", "item-1", day.toString(), "11:00", FIRM, null, null), "clerk", false), 409, "slot");
    }

    @Test
    public void pastNonWorkingAndUnknownSlotsAreRefused() {
        expect(() -> book("2026-12-12", "10:00"), 422, "date"); // a Saturday
        expect(() -> book("2026-12-07", "09:00"), 422, "slot"); // begun
        expect(() -> book("2026-12-30", "10:00"), 422, "date"); // more than 7 days ahead
        expect(() -> book("2026-12-08", "10:10"), 422, "slot");
        expect(() -> book("2026-13-08", "10:00"), 400, "date");
        expect(() -> book("2026-12-08", "late"), 400, "slot");
        assertTrue(floor.slots("shekou", LocalDate.of(2026, 12, 12)).isEmpty());
        assertEquals(18, floor.slots("shekou", LocalDate.of(2026, 12, 8)).size());
    }

    private static Appointment book(String date, String slot) {
        return floor.book(new AppointmentRequest("shekou", "item-1", date, slot, PERSON, null, null), "clerk", false);
    }

    @Test
    public void aLateArrivalJoinsTheWalkIns() {
        LocalDate day = LocalDate.of(2026, 12, 10);
        NOW.set(at(day, "08:00"));
        try {
            Appointment a = floor.book(new AppointmentRequest("shekou-haichang", "item-1", day.toString(), "09:00", PERSON, null, null), "clerk", false);
            NOW.set(at(day, "08:20"));
            expect(() -> floor.take("shekou-haichang", new TicketRequest(null, null, null, a.appointmentNumber(), null), "kiosk"), 409, "appointmentNumber");
            NOW.set(at(day, "09:16"));
            floor.take("shekou-haichang", new TicketRequest(null, null, null, a.appointmentNumber(), null), "kiosk");
            assertEquals("LATE", floor.appointment(a.appointmentNumber()).state());
            expect(() -> floor.take("shekou-haichang", new TicketRequest(null, null, null, a.appointmentNumber(), null), "kiosk"), 409, "appointmentNumber");
        } finally {
            NOW.set(at(LocalDate.of(2026, 12, 7), "10:00"));
        }
    }

    @Test
    public void threeNoShowsWithinThirtyDaysSuspendOnlineBookingForThirtyDays() {
        Rules r = Rules.defaults();
        LocalDate d = LocalDate.of(2026, 11, 1);
        List<LocalDate> missed = List.of(d, d.plusDays(10), d.plusDays(29));
        assertEquals(Optional.of(d.plusDays(59)), Bookings.suspension(missed, d.plusDays(30), r));
        assertEquals("over by then", Optional.empty(), Bookings.suspension(missed, d.plusDays(59), r));
        assertEquals("spread over more than 30 days", Optional.empty(), Bookings.suspension(List.of(d, d.plusDays(10), d.plusDays(31)), d.plusDays(32), r));
        assertEquals(Optional.empty(), Bookings.suspension(Collections.emptyList(), d, r));
    }

    @Test
    public void statisticsCountWaitsServiceAndNoShows() {
        LocalDate day = LocalDate.of(2026, 12, 11);
        NOW.set(at(day, "09:00"));
        try {
            floor.take("nanshan", walkIn(), "kiosk");
            floor.take("nanshan", walkIn(), "kiosk");
            floor.signIn("nanshan-1", "clerk-ns");
            NOW.set(at(day, "09:30"));
            floor.callNext("nanshan-1", "clerk-ns");
            NOW.set(at(day, "09:40"));
            floor.done("nanshan-1", "clerk-ns");
            NOW.set(at(day, "09:50"));
            floor.callNext("nanshan-1", "clerk-ns");
            floor.recall("nanshan-1", "clerk-ns");
            floor.noShow("nanshan-1", "clerk-ns");
            var site = floor.stats("nanshan", day, day).rows().get(0);
            assertEquals("site", site.group());
            assertEquals(2, site.tickets());
            assertEquals(1, site.served());
            assertEquals(1, site.noShows());
            assertEquals(40.0, site.avgWaitMinutes(), 0.01);
            assertEquals(50.0, site.p90WaitMinutes(), 0.01);
            assertEquals(1.0, site.overTargetShare(), 0.01);
            assertEquals(10.0, site.avgServiceMinutes(), 0.01);
        } finally {
            NOW.set(at(LocalDate.of(2026, 12, 7), "10:00"));
        }
    }

    /** @return a valid resident ID number, one per i */
    static String person(int i) {
        String first17 = "440305" + LocalDate.of(1990, 1, 1).plusDays(i / 1000).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", i % 1000);
        return first17 + org.qinqing.hall.api.identity.ResidentIds.checkCharacter(first17);
    }

    static void expect(Runnable r, int status, String field) {
        try {
            r.run();
            fail("expected " + status);
        } catch (HallException e) {
            assertEquals(e.getMessage(), status, e.kind().status());
            assertEquals(e.getMessage(), field, e.field());
        }
    }
}
