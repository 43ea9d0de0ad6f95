package org.qinqing.hall.cases.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseMaterial;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.calendar.internal.CalendarService;
import org.qinqing.hall.catalogue.internal.CatalogueEvents;
import org.qinqing.hall.catalogue.internal.CatalogueImpl;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.parties.internal.PartyService;
import org.qinqing.hall.parties.internal.VaultService;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/** The case lifecycle on real Derby, the real catalogue, calendar, parties and vault. */
public class CaseServiceTest {
    /** Born 1990-01-01: 36 in 2026. */
    private static final String YOUNG = "44030519900101123X";
    /** Born 1970-06-01: 55 in 2026. */
    private static final String OLD = "440305197006011352";
    private static final Actor CLERK = Actor.staff("clerk", Set.of("clerk"), Channel.COUNTER, "A01");
    private static final Actor APPROVER = Actor.staff("approver-tst", Set.of("approver", "dept:tst"), null, null);
    private static final Actor OTHER_APPROVER = Actor.staff("approver-oth", Set.of("approver", "dept:oth"), null, null);
    private static final AtomicReference<Instant> NOW = new AtomicReference<>();
    private static final HallClock CLOCK = NOW::get;

    private static JdbcDatabase db;
    private static CatalogueImpl catalogue;
    private static CaseService cases;
    private static long serviceId = 1;

    @BeforeClass
    public static void start() {
        at(2026, 3, 6);
        db = TestStore.started(TestStore.fresh(), CLOCK);
        catalogue = new CatalogueImpl(new CatalogueEvents() {
            @Override
            public void active(DepartmentInfo d) {
            }

            @Override
            public void withdrawn(DepartmentInfo d) {
            }
        });
        catalogue.add(serviceId, new TestDepartment("tst"), "test.bundle", "1.0.0");
        CalendarService calendar = new CalendarService(db, CLOCK, TestStore.module(CalendarService.class, "calendar"));
        calendar.start();
        PartyService parties = new PartyService(db, CLOCK, TestStore.module(PartyService.class, "parties"));
        parties.start();
        VaultService vault = new VaultService(db, parties, CLOCK, 1 << 20);
        cases = new CaseService(db, db, catalogue, parties, parties, vault, vault, calendar, CLOCK,
                TestStore.module(CaseService.class, "cases"), 0.8, java.util.List.of());
        cases.start();
    }

    @AfterClass
    public static void stop() throws Exception {
        assertTrue("the audit chain verifies after every test", db.verify().valid());
        db.stop();
    }

    @Before
    public void friday() {
        at(2026, 3, 6);
    }

    private static void at(int y, int m, int d) {
        NOW.set(LocalDate.of(y, m, d).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private static Submission licence(String applicant, String key, MaterialInput... materials) {
        return new Submission("tst-licence", applicant, Map.of("education", "本科"), List.of(materials), Channel.COUNTER, "A01",
                null, "张三", Map.of(), key);
    }

    private static MaterialInput presented(String code) {
        return new MaterialInput(code, null, null, null, null, null, true);
    }

    private static CaseView act(CaseView c, CaseAction a, Actor actor) {
        return cases.act(c.caseNumber(), a, ActionInput.NONE, actor);
    }

    @Test
    public void anUpdateWritesOnlyWhatChangedAndKeepsARungTheScannerFiredMeanwhile() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        CaseRow snap = db.read(conn -> CaseRepository.find(conn, c.caseNumber())).orElseThrow();
        // the scanner fires a rung (without a new version) after the action read the case
        db.write(tx -> {
            try (java.sql.Statement st = tx.connection().createStatement()) {
                return st.executeUpdate("UPDATE hall_case SET sla_rung = 1 WHERE id = " + snap.id);
            }
        });
        CaseRow next = snap.copy();
        next.version = snap.version + 1;
        next.status = CaseStatus.UNDER_REVIEW;
        assertTrue("the rung moved: the first write must not match", db.write(tx -> !CaseRepository.update(tx, snap, next, false)));
        assertTrue(db.write(tx -> Lifecycle.afterRung(tx, snap, next)));
        CaseRow now = db.read(conn -> CaseRepository.find(conn, c.caseNumber())).orElseThrow();
        assertEquals(CaseStatus.UNDER_REVIEW, now.status);
        assertEquals(snap.version + 1, now.version);
        assertEquals("the scanner's rung is kept", 1, now.slaRung);
        // only changed columns are written: a column the action did not change keeps what is stored
        db.write(tx -> {
            try (java.sql.Statement st = tx.connection().createStatement()) {
                return st.executeUpdate("UPDATE hall_case SET form_json = '{\"kept\":true}' WHERE id = " + snap.id);
            }
        });
        CaseRow later = now.copy();
        later.version = now.version + 1;
        later.decisionReason = "补正说明";
        later.formJson = "{}";
        now.formJson = "{}";
        assertTrue(db.write(tx -> CaseRepository.update(tx, now, later, false)));
        CaseRow after = db.read(conn -> CaseRepository.find(conn, c.caseNumber())).orElseThrow();
        assertEquals("补正说明", after.decisionReason);
        assertEquals("{\"kept\":true}", after.formJson);
        // a case changed by someone else (a new version) is not written
        CaseRow stale = now.copy();
        stale.version = now.version + 1;
        assertTrue(db.write(tx -> !CaseRepository.update(tx, now, stale, false) && !Lifecycle.afterRung(tx, now, stale)));
    }

    /** Sets the case's decision reason with SQL of its own (as an old release left a row); drops the kept row if {@code tell}. */
    private static void changeBehindTheService(String caseNumber, String reason, boolean tell) {
        db.write(tx -> {
            try (java.sql.PreparedStatement ps = tx.connection().prepareStatement("UPDATE hall_case SET decision_reason = ? WHERE case_number = ?")) {
                ps.setString(1, reason);
                ps.setString(2, caseNumber);
                ps.executeUpdate();
            }
            if (tell) {
                cases.cache().forget(tx, caseNumber);
            }
            return null;
        });
    }

    @Test
    public void aCaseIsReadFromMemoryAfterItsCommitAndARowChangedBehindTheServiceIsNotSeenUntilDropped() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        CaseView reviewed = act(c, CaseAction.REVIEW, APPROVER);
        assertEquals(CaseStatus.UNDER_REVIEW, cases.get(c.caseNumber(), CLERK).status());
        assertEquals(reviewed.version(), cases.get(c.caseNumber(), CLERK).version());
        // a change made behind the service is not seen: the row is served from memory (why only the case module writes it)
        changeBehindTheService(c.caseNumber(), "untold", false);
        assertNull(cases.get(c.caseNumber(), CLERK).decisionReason());
        changeBehindTheService(c.caseNumber(), "told", true);
        assertEquals("told", cases.get(c.caseNumber(), CLERK).decisionReason());
        // the next action starts from the row as committed, and its answer and the next read agree
        CaseView approved = act(c, CaseAction.APPROVE, APPROVER);
        assertEquals(approved.version(), cases.get(c.caseNumber(), CLERK).version());
        assertEquals(CaseStatus.APPROVED, cases.get(c.caseNumber(), CLERK).status());
    }

    @Test
    public void aRungRecordedAndDeadlinesMovedThroughCaseDeadlinesAreSeenFromTheKeptRow() throws Exception {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        cases.get(c.caseNumber(), CLERK); // kept
        assertTrue(db.write(tx -> cases.recordRung(tx, c.caseNumber(), 1, LocalDate.of(2026, 3, 14))));
        CaseRow kept = cases.cache().kept(List.of(c.caseNumber())).get(c.caseNumber());
        assertNotNull("the rung updates the kept row instead of dropping it", kept);
        assertEquals(1, kept.slaRung);
        assertEquals(LocalDate.of(2026, 3, 14), kept.nextRungOn);
        assertEquals("a rung is no new version", c.version(), kept.version);
        assertEquals(1, cases.get(c.caseNumber(), CLERK).sla().rungsFired());

        assertTrue(db.write(tx -> cases.moveDeadlines(tx, c.caseNumber(), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 10),
                LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 21), 7)));
        kept = cases.cache().kept(List.of(c.caseNumber())).get(c.caseNumber());
        assertNotNull(kept);
        assertEquals(LocalDate.of(2026, 3, 20), kept.promisedDeadline);
        assertEquals(LocalDate.of(2026, 4, 10), kept.legalDeadline);
        assertEquals(LocalDate.of(2026, 3, 18), kept.yellowOn);
        assertEquals(7, kept.calendarVersion);
        assertEquals("moved deadlines are a new version", c.version() + 1, kept.version);
        CaseView seen = cases.get(c.caseNumber(), CLERK);
        assertEquals(LocalDate.of(2026, 3, 20), seen.promisedDeadline());
        assertEquals(c.version() + 1, seen.version());
        CaseRow stored = db.read(conn -> CaseRepository.find(conn, c.caseNumber())).orElseThrow();
        assertEquals(stored.version, kept.version);
        assertEquals(stored.slaRung, kept.slaRung);
        assertEquals(stored.nextRungOn, kept.nextRungOn);

        // a unit that fails after recording a rung leaves the kept row and the database as they were
        try {
            db.write(tx -> {
                cases.recordRung(tx, c.caseNumber(), 3, null);
                throw new IllegalStateException("fails after the rung");
            });
            fail("the unit must fail");
        } catch (IllegalStateException e) {
            assertEquals("fails after the rung", e.getMessage());
        }
        assertEquals(1, cases.get(c.caseNumber(), CLERK).sla().rungsFired());
        assertEquals(1, db.read(conn -> CaseRepository.find(conn, c.caseNumber())).orElseThrow().slaRung);
        assertFalse("no such case", db.write(tx -> cases.recordRung(tx, "NO-SUCH", 1, null)));
    }

    @Test
    public void aUnitThatFailsAfterUpdatingACaseLeavesTheKeptRowAsCommitted() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        CaseRow snap = cases.cache().get(c.caseNumber(), () -> java.util.Optional.empty()).orElseThrow();
        try {
            db.write(tx -> {
                CaseRow next = snap.copy();
                next.version = snap.version + 1;
                next.status = CaseStatus.UNDER_REVIEW;
                assertTrue(CaseRepository.update(tx, snap, next, false));
                cases.cache().updated(tx, snap, next);
                throw new IllegalStateException("the unit fails after its update");
            });
            fail("the unit must fail");
        } catch (IllegalStateException e) {
            assertEquals("the unit fails after its update", e.getMessage());
        }
        assertEquals(CaseStatus.ACCEPTED, cases.get(c.caseNumber(), CLERK).status());
        assertEquals(c.version(), cases.get(c.caseNumber(), CLERK).version());
    }

    @Test
    public void anUpdateFromASnapshotOlderThanAnotherChangeDropsTheKeptRowInsteadOfKeepingItsOwn() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        CaseRow snap = cases.cache().get(c.caseNumber(), () -> java.util.Optional.empty()).orElseThrow();
        changeBehindTheService(c.caseNumber(), "changed meanwhile", true);
        db.write(tx -> {
            CaseRow next = snap.copy();
            next.version = snap.version + 1;
            next.status = CaseStatus.UNDER_REVIEW;
            assertTrue("the version and rung still match", CaseRepository.update(tx, snap, next, false));
            cases.cache().updated(tx, snap, next);
            return null;
        });
        CaseView now = cases.get(c.caseNumber(), CLERK);
        assertEquals(CaseStatus.UNDER_REVIEW, now.status());
        assertEquals("what the other change wrote is read back, not the snapshot's copy", "changed meanwhile", now.decisionReason());
    }

    @Test
    public void aReadThatOverlapsACommitDoesNotKeepWhatItRead() throws Exception {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        changeBehindTheService(c.caseNumber(), null, true); // not kept: the next read goes to the database
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<CaseRow> slow = pool.submit(() -> cases.cache().get(c.caseNumber(), () -> {
            java.util.Optional<CaseRow> before = db.read(conn -> CaseRepository.find(conn, c.caseNumber()));
            read.countDown();
            try {
                committed.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return before;
        }).orElseThrow());
        read.await();
        CaseView reviewed = act(c, CaseAction.REVIEW, APPROVER);
        committed.countDown();
        assertEquals("the slow read answers what it read", CaseStatus.ACCEPTED, slow.get().status);
        pool.shutdown();
        assertEquals("but does not keep it", CaseStatus.UNDER_REVIEW, cases.get(c.caseNumber(), CLERK).status());
        assertEquals(reviewed.version(), cases.get(c.caseNumber(), CLERK).version());
    }

    /**
     * Actions on 40 cases from 4 threads while 2 threads read them (filling the cache from the
     * database as commits land) and one records SLA rungs as the scanner does ({@link CaseService#recordRung}): afterwards every case
     * reads the same from memory as from the database.
     */
    @Test
    public void keptRowsMatchTheDatabaseAfterConcurrentActionsReadsAndRungs() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            numbers.add(cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK).caseNumber());
        }
        ExecutorService pool = Executors.newFixedThreadPool(7);
        java.util.concurrent.atomic.AtomicBoolean acting = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<Future<?>> actors = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            List<String> mine = numbers.subList(t * 10, t * 10 + 10);
            actors.add(pool.submit(() -> {
                for (CaseAction a : List.of(CaseAction.REVIEW, CaseAction.APPROVE)) {
                    for (String n : mine) {
                        for (int attempt = 0; ; attempt++) {
                            try {
                                cases.act(n, a, ActionInput.NONE, APPROVER);
                                break;
                            } catch (HallException e) {
                                // a rung moved between the snapshot and the write: 409, read again and retry, as a client would
                                assertEquals(e.getMessage(), HallException.Kind.CONFLICT, e.kind());
                                assertTrue(e.getMessage(), attempt < 20);
                            }
                        }
                    }
                }
                return null;
            }));
        }
        List<Future<?>> others = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            others.add(pool.submit(() -> {
                java.util.Random random = new java.util.Random();
                while (acting.get()) {
                    cases.get(numbers.get(random.nextInt(numbers.size())), CLERK);
                }
                return null;
            }));
        }
        others.add(pool.submit(() -> {
            java.util.Random random = new java.util.Random();
            while (acting.get()) {
                String n = numbers.get(random.nextInt(numbers.size()));
                db.write(tx -> {
                    CaseRow r = CaseRepository.find(tx, n).orElseThrow();
                    return r.slaRung < 3 && cases.recordRung(tx, n, r.slaRung + 1, r.nextRungOn);
                });
            }
            return null;
        }));
        for (Future<?> f : actors) {
            f.get();
        }
        acting.set(false);
        for (Future<?> f : others) {
            f.get();
        }
        pool.shutdown();
        for (String n : numbers) {
            CaseRow stored = db.read(conn -> CaseRepository.find(conn, n)).orElseThrow();
            CaseView seen = cases.get(n, CLERK);
            assertEquals(n, CaseStatus.APPROVED, stored.status);
            assertEquals(n, stored.status, seen.status());
            assertEquals(n, stored.version, seen.version());
            assertEquals(n, stored.slaRung, seen.sla().rungsFired());
        }
    }

    @Test
    public void casesOfTheSameItemVersionShareOneStoredSnapshotAndOldInlineSnapshotsStillRead() {
        CaseView a = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        CaseView b = cases.submit(licence(OLD, null, presented("id-card"), presented("degree")), CLERK);
        CaseRow ra = db.read(conn -> CaseRepository.find(conn, a.caseNumber())).orElseThrow();
        CaseRow rb = db.read(conn -> CaseRepository.find(conn, b.caseNumber())).orElseThrow();
        assertTrue(ra.itemSnapshot, ra.itemSnapshot.startsWith(ItemSnapshots.REF) && ra.itemSnapshot.length() == 65);
        assertEquals(ra.itemSnapshot, rb.itemSnapshot);
        String json = db.read(conn -> {
            try (java.sql.PreparedStatement ps = conn.prepareStatement("SELECT json FROM item_snapshot WHERE ref = ?")) {
                ps.setString(1, ra.itemSnapshot.substring(1));
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    assertTrue("stored once", rs.next());
                    return rs.getString(1);
                }
            }
        });
        // a hall started afresh reads the stored snapshot; a row written before snapshots were shared keeps its JSON
        ItemSnapshots fresh = new ItemSnapshots(db);
        assertEquals("tst-licence", fresh.decode(ra.itemSnapshot).code());
        assertEquals(fresh.decode(ra.itemSnapshot).materials().size(), fresh.decode(json).materials().size());
        db.write(tx -> {
            try (java.sql.PreparedStatement ps = tx.connection().prepareStatement("UPDATE hall_case SET item_snapshot = ? WHERE id = ?")) {
                ps.setString(1, json);
                ps.setLong(2, rb.id);
                cases.cache().forget(tx, b.caseNumber());
                return ps.executeUpdate();
            }
        });
        CaseView reviewed = act(b, CaseAction.REVIEW, APPROVER);
        assertEquals(CaseStatus.UNDER_REVIEW, reviewed.status());
        assertEquals(a.itemName(), reviewed.itemName());
    }

    @Test
    public void aClerkAcceptsAndBothClocksStartTheNextWorkingDay() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        assertEquals(CaseStatus.ACCEPTED, c.status());
        // Fri 2026-03-06 + 5 working days = Fri 13; + 20 = Fri 3 April (Qingming starts on the 4th)
        assertEquals(LocalDate.of(2026, 3, 13), c.promisedDeadline());
        assertEquals(LocalDate.of(2026, 4, 3), c.legalDeadline());
        assertEquals(1, c.visits());
        assertNotNull(c.accessCode());
        assertEquals("440305********123X", c.applicant());
        assertEquals("accept", c.timeline().get(0).action());
    }

    @Test
    public void aMissingMaterialAsksForSupplementAndTheSupplementAcceptsWithClocksFromThatDay() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card")), CLERK);
        assertEquals(CaseStatus.SUPPLEMENT_REQUESTED, c.status());
        assertEquals("degree", c.findings().get(0).get("subject"));
        assertNull(c.promisedDeadline());

        at(2026, 3, 9);
        CaseView s = cases.act(c.caseNumber(), CaseAction.SUPPLEMENT,
                new ActionInput(null, Map.of(), List.of(presented("degree")), null, null, null, null), CLERK);
        assertEquals(CaseStatus.ACCEPTED, s.status());
        assertEquals(LocalDate.of(2026, 3, 16), s.promisedDeadline());
        assertEquals(2, s.visits());
    }

    /** Materials live in the case row since V6; a case written before keeps its case_material rows, read as before. */
    @Test
    public void materialsAreKeptInTheCaseRowAndACaseWrittenBeforeReadsItsOldRows() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card")), CLERK);
        CaseRow row = db.read(conn -> CaseRepository.find(conn, c.caseNumber())).orElseThrow();
        assertEquals(List.of("id-card"), MaterialsJson.read(row.materialsJson, code -> code).stream().map(CaseMaterial::code).toList());
        // as V5 wrote it: a case_material row per material, nothing in the case row
        db.write(tx -> {
            try (java.sql.Statement st = tx.connection().createStatement()) {
                st.executeUpdate("INSERT INTO case_material (case_id, code, vault_id, title, valid_until, from_vault, presented)"
                        + " VALUES (" + row.id + ", 'id-card', NULL, '身份证原件', NULL, FALSE, TRUE)");
                cases.cache().forget(tx, c.caseNumber());
                return st.executeUpdate("UPDATE hall_case SET materials_json = NULL WHERE id = " + row.id);
            }
        });
        CaseView old = cases.get(c.caseNumber(), CLERK);
        assertEquals(1, old.materials().size());
        assertEquals("身份证原件", old.materials().get(0).title());
        assertEquals("the item names the material", c.materials().get(0).name(), old.materials().get(0).name());

        CaseView s = cases.act(c.caseNumber(), CaseAction.SUPPLEMENT,
                new ActionInput(null, Map.of(), List.of(presented("degree")), null, null, null, null), CLERK);
        assertEquals(CaseStatus.ACCEPTED, s.status());
        assertEquals(List.of("degree", "id-card"), s.materials().stream().map(CaseMaterial::code).toList());
        assertEquals("身份证原件", s.materials().get(1).title());
        CaseRow moved = db.read(conn -> CaseRepository.find(conn, c.caseNumber())).orElseThrow();
        assertEquals("the supplement moved the old rows' materials into the case row", 2,
                MaterialsJson.read(moved.materialsJson, code -> code).size());
        assertEquals(s.materials(), cases.get(c.caseNumber(), CLERK).materials());
    }

    @Test
    public void anApplicationFiledAsMidnightPassesCarriesTheDayItWasCommittedOn() throws Exception {
        NOW.set(LocalDate.of(2026, 3, 9).atTime(23, 59, 59).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // a slow write holds the writer while the application is prepared on the 9th; it commits on the 10th
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Future<?> slow = pool.submit(() -> db.write(tx -> {
                holding.countDown();
                java.util.concurrent.locks.LockSupport.parkNanos(700_000_000L);
                return null;
            }));
            holding.await();
            java.util.concurrent.Future<CaseView> filed = pool.submit(() -> cases.submit(licence(YOUNG, null, presented("id-card"),
                    presented("degree")), CLERK));
            Thread.sleep(300);
            NOW.set(LocalDate.of(2026, 3, 10).atTime(0, 0, 1).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
            slow.get(10, java.util.concurrent.TimeUnit.SECONDS);
            CaseView c = filed.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(LocalDate.of(2026, 3, 10), LocalDate.ofInstant(c.acceptedAt(), ZoneId.of("Asia/Shanghai")));
            assertTrue("numbered on the day it was accepted: " + c.caseNumber(), c.caseNumber().startsWith("NS20260310"));
            assertEquals("deadlines count from the 10th", LocalDate.of(2026, 3, 10),
                    db.read(conn -> {
                        try (java.sql.PreparedStatement ps = conn.prepareStatement("SELECT accepted_on FROM hall_case WHERE case_number = ?")) {
                            ps.setString(1, c.caseNumber());
                            try (java.sql.ResultSet rs = ps.executeQuery()) {
                                rs.next();
                                return rs.getDate(1).toLocalDate();
                            }
                        }
                    }));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    public void anApproverDeliversByPostOrElectronicallyButOnlyAClerkHandsOverAtTheWindow() {
        CaseView a = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        act(a, CaseAction.REVIEW, APPROVER);
        act(a, CaseAction.APPROVE, APPROVER);
        HallException refused = org.junit.Assert.assertThrows(HallException.class, () -> cases.act(a.caseNumber(), CaseAction.COMPLETE,
                new ActionInput(null, Map.of(), List.of(), null, "WINDOW", null, null), APPROVER));
        assertEquals(HallException.Kind.FORBIDDEN, refused.kind());
        assertEquals(CaseStatus.APPROVED, cases.get(a.caseNumber(), CLERK).status());
        CaseView posted = cases.act(a.caseNumber(), CaseAction.COMPLETE, new ActionInput(null, Map.of(), List.of(), null, "MAIL", null, null),
                APPROVER);
        assertEquals(CaseStatus.COMPLETED, posted.status());
        assertEquals("by post: no visit", 1, posted.visits());
    }

    @Test
    public void anApprovalIssuesACertificateIntoTheVaultAndTheNextApplicationReusesIt() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        act(c, CaseAction.REVIEW, APPROVER);
        CaseView approved = act(c, CaseAction.APPROVE, APPROVER);
        assertEquals(CaseStatus.APPROVED, approved.status());
        assertEquals(1, approved.results().size());
        CaseView done = cases.act(c.caseNumber(), CaseAction.COMPLETE, new ActionInput(null, Map.of(), List.of(), null, "WINDOW", null, null), CLERK);
        assertEquals(CaseStatus.COMPLETED, done.status());
        assertEquals(2, done.visits());

        CaseView reuse = cases.submit(new Submission("tst-reuse", YOUNG, Map.of(), List.of(), Channel.ONLINE, null, null, null,
                Map.of(), null), CLERK);
        assertEquals(CaseStatus.ACCEPTED, reuse.status());
        CaseMaterial m = reuse.materials().get(0);
        assertTrue(m.fromVault());
        assertEquals(approved.results().get(0), m.vaultId());
        assertEquals(0, reuse.visits());
    }

    @Test
    public void aResidentIdNumberInTheFormIsShownMasked() {
        CaseView c = cases.submit(new Submission("tst-licence", YOUNG, Map.of("education", "本科", "note", YOUNG), List.of(
                presented("id-card"), presented("degree")), Channel.COUNTER, "A01", null, "张三", Map.of(), null), CLERK);
        assertEquals(Masking.mask(YOUNG), c.form().get("note"));
        assertEquals("本科", c.form().get("education"));
        CaseRow stored = db.read(conn -> CaseRepository.find(conn, c.caseNumber())).orElseThrow();
        assertEquals("stored as given", YOUNG, JsonCodec.readForm(stored.formJson).get("note"));
    }

    @Test
    public void aDecisionsDocumentsAreKeptFromTheUnitThatIssuedThem() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        assertEquals("an undecided case has none", List.of(), act(c, CaseAction.REVIEW, APPROVER).results());
        CaseView approved = act(c, CaseAction.APPROVE, APPROVER);
        long id = CaseNumbers.id(c.caseNumber());
        List<Long> stored = db.read(conn -> Views.results(conn, id));
        assertEquals(1, stored.size());
        assertEquals(stored, approved.results());
        // kept since the approval committed: rows removed behind the service are still shown (nothing but the unit adds them)
        db.write(tx -> {
            try (java.sql.PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM case_result WHERE case_id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
        assertEquals(stored, cases.get(c.caseNumber(), CLERK).results());
        assertEquals(stored, cases.results(c.caseNumber()));
        db.write(tx -> {
            try (java.sql.PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO case_result (case_id, vault_id) VALUES (?, ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, stored.get(0));
                return ps.executeUpdate();
            }
        });
    }

    @Test
    public void aRetriedSubmissionWithTheSameKeyReturnsTheFirstCase() {
        CaseView first = cases.submit(licence(YOUNG, "key-1", presented("id-card"), presented("degree")), CLERK);
        CaseView retry = cases.submit(licence(YOUNG, "key-1", presented("id-card"), presented("degree")), CLERK);
        assertEquals(first.caseNumber(), retry.caseNumber());
        try {
            cases.submit(licence(OLD, "key-1", presented("id-card"), presented("degree")), CLERK);
            fail("a different application reused the key");
        } catch (HallException e) {
            assertEquals("idempotency_key_reused", e.error());
        }
    }

    @Test
    public void anApproverOfAnotherDepartmentIsRefused() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        expect(HallException.Kind.FORBIDDEN, () -> act(c, CaseAction.REVIEW, OTHER_APPROVER));
        expect(HallException.Kind.FORBIDDEN, () -> cases.get(c.caseNumber(), OTHER_APPROVER));
        expect(HallException.Kind.FORBIDDEN, () -> act(c, CaseAction.REVIEW, CLERK));
    }

    @Test
    public void anIllegalTransitionIsAConflictNamingTheState() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        HallException e = expect(HallException.Kind.CONFLICT, () -> act(c, CaseAction.APPROVE, APPROVER));
        assertTrue(e.getMessage(), e.getMessage().contains("ACCEPTED"));
    }

    @Test
    public void theDepartmentsRulesCanRefuseApproval() {
        CaseView c = cases.submit(licence(OLD, null, presented("id-card"), presented("degree")), CLERK);
        act(c, CaseAction.REVIEW, APPROVER);
        HallException e = expect(HallException.Kind.UNPROCESSABLE, () -> act(c, CaseAction.APPROVE, APPROVER));
        assertTrue(e.getMessage(), e.getMessage().contains("45周岁"));
        CaseView denied = cases.act(c.caseNumber(), CaseAction.DENY, new ActionInput("年龄不符合条件", Map.of(), List.of(), null, null, null, null), APPROVER);
        assertEquals(CaseStatus.DENIED, denied.status());
    }

    @Test
    public void twoApproversActingAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        for (int round = 0; round < 20; round++) {
            CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
            act(c, CaseAction.REVIEW, APPROVER);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<CaseView>> results = new ArrayList<>();
            Callable<CaseView> approve = () -> {
                go.await();
                return act(c, CaseAction.APPROVE, APPROVER);
            };
            results.add(pool.submit(approve));
            results.add(pool.submit(approve));
            go.countDown();
            int won = 0;
            int conflicts = 0;
            for (Future<CaseView> f : results) {
                try {
                    f.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertEquals(HallException.Kind.CONFLICT, ((HallException) e.getCause()).kind());
                    conflicts++;
                }
            }
            pool.shutdown();
            assertEquals(1, won);
            assertEquals(1, conflicts);
            assertEquals(1, cases.get(c.caseNumber(), APPROVER).results().size());
        }
    }

    @Test
    public void aSuspensionPausesTheClocksAndResumingMovesBothDeadlines() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        at(2026, 3, 9);
        act(c, CaseAction.REVIEW, APPROVER);
        at(2026, 3, 10);
        cases.act(c.caseNumber(), CaseAction.SUSPEND, new ActionInput("组织专家评审", Map.of(), List.of(), "EXPERT_REVIEW", null, null, null), APPROVER);
        at(2026, 3, 13);
        CaseView resumed = act(c, CaseAction.RESUME, APPROVER);
        // paused Tue 10 -> Fri 13: 3 working days (11, 12, 13) added to both deadlines
        assertEquals(3, resumed.pauses().get(0).workingDays());
        assertEquals(LocalDate.of(2026, 3, 18), resumed.promisedDeadline());
        assertEquals(LocalDate.of(2026, 4, 9), resumed.legalDeadline());
    }

    @Test
    public void aRequestForSupplementShowsItsPauseAndACaseNeverPausedShowsNone() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        CaseView reviewed = act(c, CaseAction.REVIEW, APPROVER);
        assertEquals(List.of(), reviewed.pauses());
        CaseView asked = cases.act(c.caseNumber(), CaseAction.REQUEST_SUPPLEMENT,
                new ActionInput("请补充学位证书复印件", Map.of(), List.of(), null, null, null, null), APPROVER);
        assertEquals(CaseStatus.SUPPLEMENT_REQUESTED, asked.status());
        assertEquals(1, asked.pauses().size());
        assertEquals("SUPPLEMENT", asked.pauses().get(0).kind());
        assertEquals(asked.pauses(), cases.get(c.caseNumber(), CLERK).pauses());
    }

    @Test
    public void theColourFollowsTheClocksAndAPauseFreezesIt() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        // promised 5 working days from Fri 6 March: yellow at 80% = 4 days (Thu 12), red after Fri 13, overdue after Fri 3 April
        assertEquals(org.qinqing.hall.api.SlaColour.GREEN, c.sla().colour());
        assertEquals(LocalDate.of(2026, 3, 12), c.sla().yellowOn());
        assertEquals(Integer.valueOf(5), c.sla().remainingPromised());
        at(2026, 3, 12);
        assertEquals(org.qinqing.hall.api.SlaColour.YELLOW, cases.get(c.caseNumber(), CLERK).sla().colour());
        at(2026, 3, 16);
        CaseView red = cases.get(c.caseNumber(), CLERK);
        assertEquals(org.qinqing.hall.api.SlaColour.RED, red.sla().colour());
        assertEquals(Integer.valueOf(-1), red.sla().remainingPromised());
        act(c, CaseAction.REVIEW, APPROVER);
        cases.act(c.caseNumber(), CaseAction.SUSPEND, new ActionInput("检验检测", Map.of(), List.of(), "TESTING", null, null, null), APPROVER);
        at(2026, 4, 20);
        assertEquals(org.qinqing.hall.api.SlaColour.PAUSED, cases.get(c.caseNumber(), CLERK).sla().colour());
    }

    @Test
    public void aSupervisorExtendsTheLegalDeadlineOnceWithinTheLaw() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        Actor supervisor = Actor.staff("supervisor", Set.of("supervisor"), null, null);
        expect(HallException.Kind.FORBIDDEN, () -> cases.act(c.caseNumber(), CaseAction.EXTEND,
                new ActionInput("疑难", Map.of(), List.of(), null, null, null, 10), APPROVER));
        assertEquals("days", expect(HallException.Kind.INVALID, () -> cases.act(c.caseNumber(), CaseAction.EXTEND,
                new ActionInput("疑难", Map.of(), List.of(), null, null, null, 11), supervisor)).field());
        CaseView extended = cases.act(c.caseNumber(), CaseAction.EXTEND, new ActionInput("案情复杂，需延期", Map.of(), List.of(), null, null, null, 10), supervisor);
        // legal 3 April + 10 working days (Qingming 4-6 April off): Tue 7 … Mon 20 April
        assertEquals(LocalDate.of(2026, 4, 20), extended.legalDeadline());
        expect(HallException.Kind.CONFLICT, () -> cases.act(c.caseNumber(), CaseAction.EXTEND,
                new ActionInput("再延", Map.of(), List.of(), null, null, null, 1), supervisor));
    }

    @Test
    public void aStoppedDepartmentsCasesStayReadableAndActionsAnswerUnavailableUntilItReturns() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        catalogue.remove(serviceId);
        try {
            long t0 = System.nanoTime();
            HallException e = expect(HallException.Kind.UNAVAILABLE, () -> act(c, CaseAction.REVIEW, APPROVER));
            assertTrue("answered within a second", System.nanoTime() - t0 < 1_000_000_000L);
            assertTrue(e.getMessage(), e.getMessage().contains("tst"));
            assertEquals(CaseStatus.ACCEPTED, cases.get(c.caseNumber(), CLERK).status());
            expect(HallException.Kind.UNAVAILABLE, () -> cases.submit(licence(YOUNG, null), CLERK));
        } finally {
            catalogue.add(++serviceId, new TestDepartment("tst"), "test.bundle", "1.0.1");
        }
        assertEquals(CaseStatus.UNDER_REVIEW, act(c, CaseAction.REVIEW, APPROVER).status());
        assertEquals("1.0.0", cases.get(c.caseNumber(), CLERK).itemVersion());
    }

    @Test
    public void aSimpleItemIsApprovedInstantlyByRule() {
        CaseView c = cases.submit(new Submission("tst-instant", YOUNG, Map.of(), List.of(), Channel.ONLINE, null, null, "张三",
                Map.of(), null), CLERK);
        assertEquals(CaseStatus.COMPLETED, c.status());
        assertEquals(1, c.results().size());
        assertEquals(List.of("accept", "approve", "complete"), c.timeline().stream().map(e -> e.action()).toList());
    }

    @Test
    public void thePublicProgressNeedsTheLastFourCharactersAndShowsNoPersonalData() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        assertEquals(CaseStatus.ACCEPTED, cases.progress(c.caseNumber(), "123x").status());
        expect(HallException.Kind.NOT_FOUND, () -> cases.progress(c.caseNumber(), "1234"));
        expect(HallException.Kind.NOT_FOUND, () -> cases.progress("NS000", "123X"));
    }

    @Test
    public void aServedCaseIsFoundWithTheAccessCodeTheSuffixOrTheApplicantsOwnSession() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        String n = c.caseNumber();
        assertEquals("tst", cases.served(n, c.accessCode().toLowerCase(java.util.Locale.ROOT), null, null).department());
        assertEquals("A01", cases.served(n, null, "123x", null).window());
        assertEquals(YOUNG, cases.served(n, null, null, Actor.applicant(YOUNG, Channel.ONLINE)).applicant());
        assertEquals(CaseStatus.ACCEPTED, cases.served(n, null, null, Actor.system("test")).status());
        expect(HallException.Kind.NOT_FOUND, () -> cases.served(n, "WRONGONE", null, null));
        expect(HallException.Kind.NOT_FOUND, () -> cases.served(n, null, "1234", null));
        expect(HallException.Kind.NOT_FOUND, () -> cases.served(n, null, null, Actor.applicant("11010519491231002X", Channel.ONLINE)));
        expect(HallException.Kind.NOT_FOUND, () -> cases.served("NS000", c.accessCode(), null, null));
        assertEquals("accessCode", expect(HallException.Kind.INVALID, () -> cases.served(n, null, null, null)).field());
    }

    @Test
    public void theApplicantWithdrawsWithTheAccessCode() {
        CaseView c = cases.submit(licence(YOUNG, null, presented("id-card"), presented("degree")), CLERK);
        expect(HallException.Kind.NOT_FOUND, () -> cases.actAsApplicant(c.caseNumber(), "WRONGONE", CaseAction.WITHDRAW, ActionInput.NONE));
        expect(HallException.Kind.FORBIDDEN, () -> cases.actAsApplicant(c.caseNumber(), c.accessCode(), CaseAction.APPROVE, ActionInput.NONE));
        assertEquals(CaseStatus.WITHDRAWN, cases.actAsApplicant(c.caseNumber(), c.accessCode(), CaseAction.WITHDRAW, ActionInput.NONE).status());
    }

    @Test
    public void badInputNamesTheField() {
        assertEquals("itemCode", expect(HallException.Kind.INVALID, () -> cases.submit(new Submission("nope", YOUNG, Map.of(),
                List.of(), Channel.COUNTER, null, null, "张三", Map.of(), null), CLERK)).field());
        assertEquals("applicantNumber", expect(HallException.Kind.INVALID, () -> cases.submit(licence("440305199001011231", null), CLERK)).field());
        Map<String, Object> badForm = new HashMap<>();
        badForm.put("education", "小学");
        assertEquals("form.education", expect(HallException.Kind.INVALID, () -> cases.submit(new Submission("tst-licence", YOUNG,
                badForm, List.of(), Channel.COUNTER, null, null, "张三", Map.of(), null), CLERK)).field());
        assertEquals("materials[0].code", expect(HallException.Kind.INVALID, () -> cases.submit(licence(YOUNG, null, presented("passport")), CLERK)).field());
        assertEquals("materials[0].presented", expect(HallException.Kind.INVALID, () -> cases.submit(new Submission("tst-licence", YOUNG,
                Map.of(), List.of(presented("degree")), Channel.ONLINE, null, null, "张三", Map.of(), null), CLERK)).field());
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static MaterialInput upload(String code) {
        return new MaterialInput(code, null, null, "application/pdf", PDF, null, false);
    }

    private static Submission online(String item, String applicant, MaterialInput... materials) {
        return new Submission(item, applicant, Map.of("education", "本科"), List.of(materials), Channel.ONLINE, null, null, "张三",
                Map.of(), null);
    }

    @Test
    public void anApplicantsOnlineApplicationWaitsForAClerksPreReviewBeforeAnyClockRuns() {
        Actor me = Actor.applicant(YOUNG, Channel.ONLINE);
        CaseView c = cases.submit(online("tst-licence", YOUNG, upload("id-card"), upload("degree")), me);
        assertEquals(CaseStatus.PRE_REVIEW, c.status());
        assertNull(c.acceptedAt());
        assertNull(c.promisedDeadline());
        assertEquals(0, c.visits());
        assertEquals(HallException.Kind.FORBIDDEN, expect(HallException.Kind.FORBIDDEN, () -> act(c, CaseAction.ACCEPT, APPROVER)).kind());
        assertEquals(HallException.Kind.NOT_FOUND, expect(HallException.Kind.NOT_FOUND,
                () -> cases.get(c.caseNumber(), Actor.applicant(OLD, Channel.ONLINE))).kind());

        CaseView asked = cases.act(c.caseNumber(), CaseAction.REQUEST_SUPPLEMENT, new ActionInput("请上传清晰的学历证书", Map.of(), List.of(),
                null, null, null, null, List.of("degree")), CLERK);
        assertEquals(CaseStatus.SUPPLEMENT_REQUESTED, asked.status());
        assertTrue(asked.findings().toString(), asked.findings().stream().anyMatch(f -> "degree".equals(f.get("field"))));
        assertTrue("no clock ran, so none paused", asked.pauses().isEmpty());

        CaseView answered = cases.act(c.caseNumber(), CaseAction.SUPPLEMENT, new ActionInput(null, Map.of(), List.of(upload("degree")),
                null, null, null, null), me);
        assertEquals("back to its clerk's pre-review", CaseStatus.PRE_REVIEW, answered.status());
        assertEquals(0, answered.visits());

        CaseView accepted = act(c, CaseAction.ACCEPT, CLERK);
        assertEquals(CaseStatus.ACCEPTED, accepted.status());
        assertNotNull(accepted.acceptedAt());
        assertNotNull(accepted.promisedDeadline());
        assertNotNull(accepted.legalDeadline());
        expect(HallException.Kind.CONFLICT, () -> act(c, CaseAction.ACCEPT, CLERK));
    }

    @Test
    public void aPreReviewRefusesWithAReasonAndAnInstantItemGoesStraightThroughOnline() {
        Actor me = Actor.applicant(YOUNG, Channel.ONLINE);
        CaseView c = cases.submit(online("tst-licence", YOUNG, upload("id-card"), upload("degree")), me);
        assertEquals("reason", expect(HallException.Kind.INVALID, () -> act(c, CaseAction.NOT_ACCEPT, CLERK)).field());
        CaseView refused = cases.act(c.caseNumber(), CaseAction.NOT_ACCEPT, ActionInput.reason("非本辖区"), CLERK);
        assertEquals(CaseStatus.NOT_ACCEPTED, refused.status());
        expect(HallException.Kind.CONFLICT, () -> act(c, CaseAction.ACCEPT, CLERK));

        CaseView instant = cases.submit(new Submission("tst-instant", YOUNG, Map.of(), List.of(), Channel.ONLINE, null, null, null,
                Map.of(), null), me);
        assertEquals(CaseStatus.COMPLETED, instant.status());
        assertEquals(0, instant.visits());
    }

    private static HallException expect(HallException.Kind kind, Runnable r) {
        try {
            r.run();
        } catch (HallException e) {
            assertEquals(e.getMessage(), kind, e.kind());
            return e;
        }
        fail("expected " + kind);
        return null;
    }
}
