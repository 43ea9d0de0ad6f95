package org.qinqing.hall.sla.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.Accountability;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CalendarDay;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.ScanResult;
import org.qinqing.hall.api.SlaStats;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.calendar.internal.CalendarService;
import org.qinqing.hall.cases.internal.CaseService;
import org.qinqing.hall.catalogue.internal.CatalogueEvents;
import org.qinqing.hall.catalogue.internal.CatalogueImpl;
import org.qinqing.hall.parties.internal.PartyService;
import org.qinqing.hall.parties.internal.VaultService;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/** The scanner with a controllable clock, accountability, statistics on a hand-computed fixture, recomputation. */
public class SlaServiceTest {
    private static final String PERSON = "44030519900101123X";
    private static final Actor CLERK = Actor.staff("clerk", Set.of("clerk"), Channel.COUNTER, "A01");
    private static final Actor APPROVER = Actor.staff("approver-tst", Set.of("approver", "dept:tst"), null, null);
    private static final Actor SUPERVISOR = Actor.staff("supervisor", Set.of("supervisor"), null, null);
    private static final Actor ADMIN = Actor.staff("admin", Set.of("admin"), null, null);

    private final AtomicReference<Instant> now = new AtomicReference<>();
    private final HallClock clock = now::get;
    private final List<Notice> sent = new ArrayList<>();
    private JdbcDatabase db;
    private CaseService cases;
    private CalendarService calendar;
    private SlaService sla;

    @Before
    public void start() {
        at(2026, 3, 6);
        db = TestStore.started(TestStore.fresh(), clock);
        CatalogueImpl catalogue = new CatalogueImpl(new CatalogueEvents() {
            @Override
            public void active(DepartmentInfo d) {
            }

            @Override
            public void withdrawn(DepartmentInfo d) {
            }
        });
        catalogue.add(1, new SlaTestDepartment(), "test", "1.0.0");
        calendar = new CalendarService(db, clock, TestStore.module(CalendarService.class, "calendar"));
        calendar.start();
        PartyService parties = new PartyService(db, clock, TestStore.module(PartyService.class, "parties"));
        parties.start();
        VaultService vault = new VaultService(db, parties, clock, 1 << 20);
        cases = new CaseService(db, db, catalogue, parties, parties, vault, vault, calendar, clock,
                TestStore.module(CaseService.class, "cases"), 0.8, java.util.List.of());
        cases.start();
        sla = new SlaService(db, db, catalogue, calendar, clock, cases, sent::addAll,
                TestStore.module(SlaService.class, "sla"), 0.8, 0);
        sla.start();
    }

    @After
    public void stop() throws Exception {
        assertTrue(db.verify().valid());
        db.stop();
    }

    private void at(int y, int m, int d) {
        now.set(LocalDate.of(y, m, d).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private CaseView accept(String item) {
        return cases.submit(new Submission(item, PERSON, Map.of(), List.of(), Channel.COUNTER, "A01", null, "张三", Map.of(), null), CLERK);
    }

    private static String[] rungs(ScanResult r) {
        return new String[] {"due=" + r.due(), "yellow=" + r.yellow(), "red=" + r.red(), "overdue=" + r.overdue()};
    }

    @Test
    public void eachRungFiresOnceOnItsDay() {
        CaseView c = accept("tst-licence");
        // accepted Fri 6 March: yellow Thu 12 (4 of 5 working days), promised Fri 13, legal Fri 3 April
        at(2026, 3, 11);
        assertEquals(0, sla.scan().due());
        at(2026, 3, 12);
        ScanResult yellow = sla.scan();
        assertEquals(String.join(" ", rungs(yellow)), 1, yellow.yellow());
        assertEquals(0, sla.scan().due());
        at(2026, 3, 13);
        assertEquals(0, sla.scan().due());
        at(2026, 3, 16);
        assertEquals(1, sla.scan().red());
        at(2026, 4, 3);
        assertEquals(0, sla.scan().due());
        at(2026, 4, 4);
        ScanResult overdue = sla.scan();
        assertEquals(1, overdue.overdue());
        assertEquals(0, sla.scan().due());
        at(2026, 5, 1);
        assertEquals(0, sla.scan().due());

        assertEquals(List.of("YELLOW", "RED", "OVERDUE"), sent.stream().map(Notice::rung).toList());
        assertEquals(List.of("DEPARTMENT", "DEPARTMENT_HEAD", "SUPERVISION_OFFICE"), sent.stream().map(Notice::recipient).toList());
        assertEquals(3, sla.notifications("tst", 10).size());
        assertEquals(1, sla.accountability("OPEN", null).size());
        assertEquals(3, cases.get(c.caseNumber(), CLERK).sla().rungsFired());
        assertTrue(cases.get(c.caseNumber(), CLERK).timeline().stream().anyMatch(e -> e.action().equals("sla-overdue")));
    }

    @Test
    public void aScanAfterALongPauseOfTheScannerFiresTheMissedRungsInOrder() {
        accept("tst-licence");
        at(2026, 4, 7);
        ScanResult r = sla.scan();
        assertEquals(1, r.due());
        assertEquals(1, r.yellow());
        assertEquals(1, r.red());
        assertEquals(1, r.overdue());
        assertEquals(0, sla.scan().due());
    }

    @Test
    public void aPausedCaseDoesNotEscalateAndResumesWithMovedDates() {
        CaseView c = accept("tst-licence");
        cases.act(c.caseNumber(), CaseAction.REVIEW, ActionInput.NONE, APPROVER);
        at(2026, 3, 10);
        cases.act(c.caseNumber(), CaseAction.SUSPEND, new ActionInput("听证", Map.of(), List.of(), "HEARING", null, null, null), APPROVER);
        at(2026, 4, 30);
        assertEquals(0, sla.scan().due());
        CaseView resumed = cases.act(c.caseNumber(), CaseAction.RESUME, ActionInput.NONE, APPROVER);
        // paused from Tue 10 March to Thu 30 April: working days in between move every date
        int paused = calendar.workingDaysBetween(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 30));
        assertEquals(calendar.deadline(LocalDate.of(2026, 3, 13), paused, org.qinqing.hall.spi.LimitUnit.WORKING_DAYS), resumed.promisedDeadline());
        assertEquals(0, sla.scan().due());
    }

    @Test
    public void anAccountabilityRecordNeedsTheDepartmentsExplanationBeforeASupervisorClosesIt() {
        CaseView c = accept("tst-licence");
        cases.act(c.caseNumber(), CaseAction.REVIEW, ActionInput.NONE, APPROVER);
        at(2026, 4, 7);
        sla.scan();
        Accountability a = sla.accountability(null, "tst").get(0);
        assertEquals(c.caseNumber(), a.caseNumber());
        assertEquals("ACCEPTED", a.holders().get(0).state());
        assertEquals("approver-tst", a.holders().get(0).holder());
        assertEquals("UNDER_REVIEW", a.holders().get(1).state());
        assertNull(a.holders().get(1).to());
        expect(HallException.Kind.CONFLICT, () -> sla.close(a.id(), SUPERVISOR));
        expect(HallException.Kind.FORBIDDEN, () -> sla.explain(a.id(), "人手不足", CLERK));
        sla.explain(a.id(), "专家评审意见迟延", APPROVER);
        expect(HallException.Kind.FORBIDDEN, () -> sla.close(a.id(), APPROVER));
        assertEquals("CLOSED", sla.close(a.id(), SUPERVISOR).status());
    }

    @Test
    public void anExplanationArrivingAfterTheCloseNeverReopensTheRecord() throws Exception {
        CaseView c = accept("tst-licence");
        at(2026, 4, 7);
        sla.scan();
        Accountability a = sla.accountability(null, "tst").get(0);
        sla.explain(a.id(), "专家评审意见迟延", APPROVER);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            // a slow write holds the writer: the close and a second explanation, both checked against
            // the EXPLAINED record, queue behind it in that order
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Future<?> slow = pool.submit(() -> db.write(tx -> {
                holding.countDown();
                java.util.concurrent.locks.LockSupport.parkNanos(600_000_000L);
                return null;
            }));
            holding.await();
            java.util.concurrent.Future<Accountability> close = pool.submit(() -> sla.close(a.id(), SUPERVISOR));
            Thread.sleep(150);
            java.util.concurrent.Future<Accountability> late = pool.submit(() -> sla.explain(a.id(), "补充说明", APPROVER));
            slow.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("CLOSED", close.get(10, java.util.concurrent.TimeUnit.SECONDS).status());
            try {
                late.get(10, java.util.concurrent.TimeUnit.SECONDS);
                org.junit.Assert.fail("an explanation of a closed record must be refused");
            } catch (java.util.concurrent.ExecutionException e) {
                assertEquals(HallException.Kind.CONFLICT, ((HallException) e.getCause()).kind());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals("CLOSED", sla.accountability(null, "tst").get(0).status());
        assertEquals(c.caseNumber(), sla.accountability(null, "tst").get(0).caseNumber());
    }

    @Test
    public void statisticsOnAFixtureComputedByHand() {
        // three licences accepted Fri 6 March (promised 13 March, legal 3 April), decided after 2, 3 and 7 working days;
        // a filing accepted the same day stays open and passes its legal deadline (Fri 20 March)
        CaseView a = accept("tst-licence");
        CaseView b = accept("tst-licence");
        CaseView c = accept("tst-licence");
        accept("tst-filing");
        for (CaseView x : List.of(a, b, c)) {
            cases.act(x.caseNumber(), CaseAction.REVIEW, ActionInput.NONE, APPROVER);
        }
        at(2026, 3, 10);
        cases.act(a.caseNumber(), CaseAction.APPROVE, ActionInput.NONE, APPROVER);
        at(2026, 3, 11);
        cases.act(b.caseNumber(), CaseAction.DENY, new ActionInput("不符合条件", Map.of(), List.of(), null, null, null, null), APPROVER);
        at(2026, 3, 17);
        cases.act(c.caseNumber(), CaseAction.APPROVE, ActionInput.NONE, APPROVER);
        at(2026, 3, 25);
        SlaStats s = sla.stats(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null, "item");
        SlaStats.Row licence = s.rows().stream().filter(r -> r.key().equals("tst-licence")).findFirst().orElseThrow();
        assertEquals(3, licence.decided());
        assertEquals(2, licence.onTimePromised());
        assertEquals(3, licence.onTimeLegal());
        assertEquals(2.0 / 3, licence.onTimeRate(), 1e-9);
        assertEquals(4.0, licence.meanDays(), 1e-9);
        assertEquals(3.0, licence.medianDays(), 1e-9);
        assertEquals(5.0, licence.meanPromisedLimit(), 1e-9);
        assertEquals(20.0, licence.meanLegalLimit(), 1e-9);
        assertEquals(1, licence.halvedItems());
        assertEquals(0.75, licence.compression(), 1e-9);
        SlaStats.Row filing = s.rows().stream().filter(r -> r.key().equals("tst-filing")).findFirst().orElseThrow();
        assertEquals(0, filing.decided());
        assertEquals(1, filing.overdueOpen());
        assertEquals("5 of 10 is at most half", 1, filing.halvedItems());
        assertEquals(3, s.total().decided());
        assertEquals(1, s.total().overdueOpen());
        // compression over both items: 1 - (5 + 5) / (20 + 10)
        assertEquals(1 - 10.0 / 30, s.total().compression(), 1e-9);
        assertEquals(1, sla.overdue("tst").stream().filter(o -> o.colour().equals("OVERDUE")).count());
    }

    @Test
    public void aCalendarChangeRecomputesOpenDeadlinesAndNamesTheCasesThatMoved() {
        CaseView open = accept("tst-licence");
        CaseView closed = accept("tst-filing");
        cases.act(closed.caseNumber(), CaseAction.REVIEW, ActionInput.NONE, APPROVER);
        cases.act(closed.caseNumber(), CaseAction.APPROVE, ActionInput.NONE, APPROVER);
        List<CalendarDay> days = new ArrayList<>(calendar.year(2026).orElseThrow().days());
        days.add(new CalendarDay(LocalDate.of(2026, 3, 11), true, "临时假日"));
        calendar.putYear(2026, days, "测试更正", ADMIN);
        List<String> moved = sla.recompute(ADMIN);
        assertEquals(List.of(open.caseNumber()), moved);
        CaseView after = cases.get(open.caseNumber(), CLERK);
        assertEquals(LocalDate.of(2026, 3, 16), after.promisedDeadline());
        assertEquals(LocalDate.of(2026, 4, 7), after.legalDeadline());
        assertEquals(calendar.version(), after.calendarVersion());
        assertTrue(after.timeline().stream().anyMatch(e -> e.action().equals("deadline-recompute")));
        assertEquals(List.of(), sla.recompute(ADMIN));
    }

    /** Sets the case's decision reason with SQL the case module is not told of: a kept row does not show it. */
    private void changeBehindTheCaseModule(String caseNumber, String reason) {
        db.write(tx -> {
            try (java.sql.PreparedStatement ps = tx.connection().prepareStatement("UPDATE hall_case SET decision_reason = ? WHERE case_number = ?")) {
                ps.setString(1, reason);
                ps.setString(2, caseNumber);
                return ps.executeUpdate();
            }
        });
    }

    @Test
    public void aCaseShownAfterAScanAndARecomputeShowsTheNewRungAndDeadlinesFromTheCaseModulesKeptRow() {
        CaseView c = accept("tst-licence");
        assertEquals(0, cases.get(c.caseNumber(), CLERK).sla().rungsFired()); // kept by the case module
        // a marker the kept row does not have: a view that shows it was read from the database, not from memory
        changeBehindTheCaseModule(c.caseNumber(), "read again");
        at(2026, 3, 12);
        assertEquals(1, sla.scan().yellow());
        CaseView scanned = cases.get(c.caseNumber(), CLERK);
        assertEquals("the rung the scan recorded", 1, scanned.sla().rungsFired());
        assertNull("served from the kept row, which the case module moved itself", scanned.decisionReason());
        assertEquals("a rung is no new version", c.version(), scanned.version());

        List<CalendarDay> days = new ArrayList<>(calendar.year(2026).orElseThrow().days());
        days.add(new CalendarDay(LocalDate.of(2026, 3, 11), true, "临时假日"));
        calendar.putYear(2026, days, "测试更正", ADMIN);
        assertEquals(List.of(c.caseNumber()), sla.recompute(ADMIN));
        changeBehindTheCaseModule(c.caseNumber(), "after the recompute");
        CaseView moved = cases.get(c.caseNumber(), CLERK);
        assertEquals(LocalDate.of(2026, 3, 16), moved.promisedDeadline());
        assertEquals(LocalDate.of(2026, 4, 7), moved.legalDeadline());
        assertEquals(calendar.version(), moved.calendarVersion());
        assertEquals(c.version() + 1, moved.version());
        assertEquals("the rung is kept", 1, moved.sla().rungsFired());
        assertEquals("served from the row the recompute wrote, kept by the case module", "read again", moved.decisionReason());
        // an action on the case starts from that row: no conflict
        assertEquals(CaseStatus.UNDER_REVIEW, cases.act(c.caseNumber(), CaseAction.REVIEW, ActionInput.NONE, APPROVER).status());
    }

    @Test
    public void aDeadlineIntoTheProvisionalYearIsMarkedAndTheApplicantToldWhenTheOfficialScheduleMovesIt() {
        // accepted Mon 7 Dec 2026: promised Mon 14 Dec; legal: 18 working days to 31 Dec, 1 Jan off, Mon 4 and Tue 5 Jan 2027
        at(2026, 12, 7);
        CaseView c = accept("tst-licence");
        assertEquals(LocalDate.of(2027, 1, 5), c.legalDeadline());
        assertTrue(c.sla().legalProvisional());
        assertTrue("the promised deadline counts no day of 2027", !c.sla().promisedProvisional());
        sent.clear();
        calendar.putYear(2027, List.of(new CalendarDay(LocalDate.of(2027, 1, 1), true, "元旦"),
                new CalendarDay(LocalDate.of(2027, 1, 4), true, "演练假日")), "国务院办公厅关于2027年部分节假日安排的通知（演练）", ADMIN);
        assertEquals(List.of(c.caseNumber()), sla.recompute(ADMIN));
        CaseView after = cases.get(c.caseNumber(), CLERK);
        assertEquals(LocalDate.of(2027, 1, 6), after.legalDeadline());
        assertTrue("official now", !after.sla().provisional());
        assertEquals(1, sent.size());
        Notice told = sent.get(0);
        assertEquals("DEADLINE_MOVED", told.rung());
        assertEquals("APPLICANT", told.recipient());
        assertTrue(told.message(), told.message().contains("2027-01-06") && told.message().contains("2027-01-05"));
        assertEquals("the notice is recorded", "DEADLINE_MOVED", sla.notifications("tst", 1).get(0).rung());
        assertTrue(after.timeline().stream().anyMatch(e -> e.action().equals("deadline-recompute")));
    }

    @Test
    public void theOverdueListInJanuaryBeforeTheNewYearsScheduleIsNotBlank() {
        // accepted Mon 2 Nov 2026: promised Mon 9 Nov, legal Mon 30 Nov; the hall's date then moves into January 2027
        at(2026, 11, 2);
        CaseView c = accept("tst-licence");
        at(2027, 1, 11);
        ScanResult r = sla.scan();
        assertEquals(1, r.overdue());
        List<org.qinqing.hall.api.Sla.OverdueCase> overdue = sla.overdue("tst");
        assertEquals(1, overdue.size());
        assertEquals(c.caseNumber(), overdue.get(0).caseNumber());
        assertEquals("OVERDUE", overdue.get(0).colour());
    }

    private static void expect(HallException.Kind kind, Runnable r) {
        try {
            r.run();
            fail("expected " + kind);
        } catch (HallException e) {
            assertEquals(e.getMessage(), kind, e.kind());
        }
    }
}
