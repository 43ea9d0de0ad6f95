package org.qinqing.hall.composite.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseMaterial;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.CompositeCase;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.CompositeStats;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.api.PublicProgress;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.calendar.internal.CalendarService;
import org.qinqing.hall.cases.CaseEvents;
import org.qinqing.hall.cases.internal.CaseService;
import org.qinqing.hall.catalogue.internal.CatalogueEvents;
import org.qinqing.hall.catalogue.internal.CatalogueImpl;
import org.qinqing.hall.parties.internal.PartyService;
import org.qinqing.hall.parties.internal.VaultService;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.Composite;
import org.qinqing.hall.spi.Step;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/** Composite cases on real Derby with the real catalogue, calendar, parties, vault and case lifecycle. */
public class CompositeServiceTest {
    private static final Actor CLERK = Actor.staff("clerk", Set.of("clerk"), Channel.COUNTER, "A01");
    private static final AtomicReference<Instant> NOW = new AtomicReference<>();
    private static final HallClock CLOCK = NOW::get;
    private static final ActionInput NONE = ActionInput.NONE;

    private static JdbcDatabase db;
    private static CatalogueImpl catalogue;
    private static CaseService cases;
    private static CompositeService composites;
    private static int applicants;
    private static final List<CaseEvents> LISTENERS = new CopyOnWriteArrayList<>();

    @BeforeClass
    public static void start() {
        NOW.set(LocalDate.of(2026, 3, 6).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        db = TestStore.started(TestStore.fresh(), CLOCK);
        catalogue = new CatalogueImpl(new CatalogueEvents() {
            @Override
            public void active(DepartmentInfo d) {
                if (composites != null) {
                    composites.departmentActive(d);
                }
            }

            @Override
            public void withdrawn(DepartmentInfo d) {
            }
        });
        catalogue.add(1, TestDepartments.a(), "a.bundle", "1.0.0");
        catalogue.add(2, TestDepartments.b(), "b.bundle", "1.0.0");
        catalogue.add(3, TestDepartments.c(), "c.bundle", "1.0.0");
        CalendarService calendar = new CalendarService(db, CLOCK, TestStore.module(CalendarService.class, "calendar"));
        calendar.start();
        PartyService parties = new PartyService(db, CLOCK, TestStore.module(PartyService.class, "parties"));
        parties.start();
        VaultService vault = new VaultService(db, parties, CLOCK, 1 << 20);
        cases = new CaseService(db, db, catalogue, parties, parties, vault, vault, calendar, CLOCK,
                TestStore.module(CaseService.class, "cases"), 0.8, LISTENERS);
        cases.start();
        composites = new CompositeService(db, db, catalogue, cases, cases, parties, vault, vault, calendar, CLOCK,
                TestStore.module(CompositeService.class, "composite"));
        composites.start();
        LISTENERS.add(composites);
        composites.registry().add(100, TestDepartments.plugin(TestDepartments.settle()), "settle.bundle", "1.0.0");
    }

    @AfterClass
    public static void stop() throws Exception {
        composites.stop();
        assertTrue("the audit chain verifies after every test", db.verify().valid());
        db.stop();
    }

    /** A fresh applicant per test: born 1990, sequence in the order code. */
    private static String applicant() {
        String body = String.format("440305199001%02d%03d", 1 + applicants / 900 % 28, 100 + applicants++ % 900);
        return body + org.qinqing.hall.api.identity.ResidentIds.checkCharacter(body);
    }

    private static Submission application(String applicant, String key) {
        return new Submission("settle", applicant, Map.of("maritalStatus", "未婚", "employer", "深圳某科技有限公司",
                "settleAddress", "南山区粤海街道"), List.of(presented("id-card"), presented("degree")), Channel.COUNTER, "A01", null,
                "李四", Map.of(), key);
    }

    private static MaterialInput presented(String code) {
        return new MaterialInput(code, null, null, null, null, null, true);
    }

    private static Actor approver(String dept) {
        return Actor.staff("approver-" + dept, Set.of("approver", "dept:" + dept), null, null);
    }

    private static CompositeCase.StepState step(CompositeCase c, String id) {
        return c.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static void approve(String subCase, String dept) {
        cases.act(subCase, CaseAction.REVIEW, NONE, approver(dept));
        cases.act(subCase, CaseAction.APPROVE, NONE, approver(dept));
    }

    /** @return how many sub-cases the database holds for the composite's step */
    private static long subCasesOf(String composite, String step) {
        return db.read(conn -> {
            try (var ps = conn.prepareStatement("SELECT COUNT(*) FROM hall_case WHERE origin = ?")) {
                ps.setString(1, composite + "/" + step);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The service id department c is registered under now. */
    private static long cService = 3;

    private static void departmentCAway() {
        catalogue.remove(cService);
    }

    private static void departmentCBack() {
        cService += 100;
        catalogue.add(cService, TestDepartments.c(), "c.bundle", "1.0." + cService);
    }

    private static CompositeCase reload(CompositeCase c) {
        return composites.get(c.caseNumber(), CLERK);
    }

    /** The composite's state kept in memory is the one in the database, column for column. */
    private static void assertKeptAsStored(String number) {
        CompositeRepository.State kept = composites.committed().get(number, () -> {
            throw new AssertionError("composite " + number + " is not kept after its last change committed");
        }).orElseThrow();
        CompositeRepository.State stored = db.read(c -> CompositeRepository.whole(c, number)).orElseThrow();
        assertEquals(columns(stored), columns(kept));
    }

    private static String columns(CompositeRepository.State s) {
        StringBuilder out = new StringBuilder();
        columns(out, s.composite());
        s.steps().forEach(step -> columns(out, step));
        return out.toString();
    }

    private static void columns(StringBuilder out, Object row) {
        try {
            for (java.lang.reflect.Field f : row.getClass().getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    out.append(f.getName()).append('=').append(f.get(row)).append("; ");
                }
            }
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
        out.append('\n');
    }

    @Test
    public void theDefinitionShowsItsCriticalPathAgainstTheSteps() {
        CompositeInfo info = composites.composite("settle").orElseThrow();
        assertEquals("ACTIVE", info.status());
        assertEquals("a ∥ b (3, 5 promised days), then c (5): 5 + 5", 10, info.promisedDays());
        assertEquals(13, info.sequentialPromisedDays());
        assertEquals(40, info.legalDays());
        assertEquals(List.of("a", "b"), info.steps().get(2).dependsOn());
        assertTrue("c's documents come from a and b, not from the applicant",
                info.materials().stream().noneMatch(m -> m.code().equals("cert") || m.code().equals("approval")));
        assertEquals(3, info.sequentialVisits());
        assertEquals(1, info.visits());
    }

    @Test
    public void oneApplicationRunsTheParallelStepsThenTheJoinWithEarlierResultsFromTheVault() {
        CompositeCase c = composites.submit(application(applicant(), null), CLERK);
        assertKeptAsStored(c.caseNumber());
        assertTrue(c.caseNumber().startsWith("NC20260306"));
        assertNotNull("the receipt carries the access code", c.accessCode());
        assertEquals("IN_PROGRESS", c.status());
        assertEquals(1, c.visits());
        assertEquals("RUNNING", step(c, "a").status());
        assertEquals("RUNNING", step(c, "b").status());
        assertEquals("WAITING", step(c, "c").status());
        assertNull(step(c, "c").caseNumber());
        assertEquals("the composite's deadline follows the critical path: 10 working days from Friday 6 March",
                LocalDate.of(2026, 3, 20), c.promisedDeadline());
        CaseView subA = cases.get(step(c, "a").caseNumber(), CLERK);
        assertEquals(CaseStatus.ACCEPTED, subA.status());
        assertEquals("sub-cases ride on the composite's visit", 0, subA.visits());
        assertEquals(c.caseNumber() + "/a", subA.origin());
        assertNotNull("each sub-case has its own clocks", subA.promisedDeadline());

        approve(step(c, "a").caseNumber(), "ta");
        c = reload(c);
        assertEquals("DONE", step(c, "a").status());
        assertEquals("c waits for b", "WAITING", step(c, "c").status());

        approve(step(c, "b").caseNumber(), "tb");
        c = reload(c);
        assertEquals("RUNNING", step(c, "c").status());
        assertKeptAsStored(c.caseNumber());
        CaseView subC = cases.get(step(c, "c").caseNumber(), CLERK);
        assertEquals(CaseStatus.ACCEPTED, subC.status());
        Map<String, Long> fed = new java.util.HashMap<>();
        for (CaseMaterial m : subC.materials()) {
            if (m.vaultId() != null) {
                fed.put(m.code(), m.vaultId());
            }
        }
        assertEquals("a's certificate feeds c", step(c, "a").results().get(0), fed.get("cert"));
        assertEquals("b's approval feeds c", step(c, "b").results().get(0), fed.get("approval"));

        approve(subC.caseNumber(), "tc");
        c = reload(c);
        assertEquals("APPROVED", c.status());
        try {
            composites.complete(c.caseNumber(), "POST", CLERK);
            fail("an unknown delivery is refused");
        } catch (HallException e) {
            assertEquals("delivery", e.field());
        }
        c = composites.complete(c.caseNumber(), "WINDOW", CLERK);
        assertEquals("COMPLETED", c.status());
        assertEquals("one visit to apply, one to collect", 2, c.visits());
        assertKeptAsStored(c.caseNumber());
        for (CompositeCase.StepState s : c.steps()) {
            assertEquals(CaseStatus.COMPLETED, s.caseStatus());
        }
        try {
            composites.complete(c.caseNumber(), "WINDOW", CLERK);
            fail("completing twice is an illegal transition");
        } catch (HallException e) {
            assertEquals(HallException.Kind.CONFLICT, e.kind());
        }
        List<AuditEntry> trail = db.forSubject(c.caseNumber());
        assertEquals(List.of("accept", "step-start", "step-start", "step-done", "step-done", "step-start", "step-done", "approve", "complete"),
                trail.stream().map(AuditEntry::action).toList());
    }

    @Test
    public void aResidentIdNumberInTheSharedFormIsShownMasked() {
        String who = applicant();
        CompositeCase c = composites.submit(new Submission("settle", who, Map.of("maritalStatus", "未婚", "employer", who,
                "settleAddress", "南山区粤海街道"), List.of(presented("id-card"), presented("degree")), Channel.COUNTER, "A01", null,
                "李四", Map.of(), null), CLERK);
        assertEquals(org.qinqing.hall.api.identity.Masking.mask(who), c.form().get("employer"));
        assertEquals(org.qinqing.hall.api.identity.Masking.mask(who), reload(c).form().get("employer"));
        assertEquals("南山区粤海街道", c.form().get("settleAddress"));
    }

    @Test
    public void aDeniedStepEndsTheCompositeWithItsReasonAndWithdrawsTheOtherBranch() {
        CompositeCase c = composites.submit(application(applicant(), null), CLERK);
        String b = step(c, "b").caseNumber();
        cases.act(b, CaseAction.REVIEW, NONE, approver("tb"));
        cases.act(b, CaseAction.DENY, ActionInput.reason("用人单位不符合引进条件"), approver("tb"));
        c = reload(c);
        assertEquals("DENIED", c.status());
        assertTrue(c.decisionReason(), c.decisionReason().contains("用人单位不符合引进条件"));
        assertEquals("STOPPED", step(c, "b").status());
        assertEquals("CANCELLED", step(c, "c").status());
        assertEquals("the parallel branch is withdrawn", CaseStatus.WITHDRAWN, step(c, "a").caseStatus());
        assertNotNull(c.closedAt());
        assertNull("no forecast for a denied composite", c.forecast());
        assertKeptAsStored(c.caseNumber());
    }

    @Test
    public void aSupplementPausesOnlyItsBranch() {
        CompositeCase c = composites.submit(application(applicant(), null), CLERK);
        String a = step(c, "a").caseNumber();
        cases.act(a, CaseAction.REVIEW, NONE, approver("ta"));
        cases.act(a, CaseAction.REQUEST_SUPPLEMENT, ActionInput.reason("请补充户口簿"), approver("ta"));
        approve(step(c, "b").caseNumber(), "tb");
        c = reload(c);
        assertEquals(CaseStatus.SUPPLEMENT_REQUESTED, step(c, "a").caseStatus());
        assertEquals("applicant", step(c, "a").holder());
        assertEquals("DONE", step(c, "b").status());
        assertEquals("IN_PROGRESS", c.status());
        assertEquals("WAITING", step(c, "c").status());
        assertKeptAsStored(c.caseNumber());
    }

    @Test
    public void twoApproversFinishingTheParallelStepsAtOnceStartTheJoinExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 60; round++) {
                CompositeCase c = composites.submit(application(applicant(), null), CLERK);
                String a = step(c, "a").caseNumber();
                String b = step(c, "b").caseNumber();
                cases.act(a, CaseAction.REVIEW, NONE, approver("ta"));
                cases.act(b, CaseAction.REVIEW, NONE, approver("tb"));
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> fa = pool.submit(() -> {
                    together.await();
                    return cases.act(a, CaseAction.APPROVE, NONE, approver("ta"));
                });
                Future<?> fb = pool.submit(() -> {
                    together.await();
                    return cases.act(b, CaseAction.APPROVE, NONE, approver("tb"));
                });
                fa.get();
                fb.get();
                c = reload(c);
                assertEquals("round " + round, "RUNNING", step(c, "c").status());
                String number = c.caseNumber();
                long starts = db.forSubject(number).stream().filter(e -> e.action().equals("step-start")).count();
                assertEquals("round " + round + ": three steps, three starts", 3, starts);
                long subCases = subCasesOf(number, "c");
                assertEquals("round " + round + ": one sub-case for the join", 1, subCases);
                assertKeptAsStored(number);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void aRetryWithTheSameKeyReturnsTheFirstCompositeAndStartsNothingTwice() {
        String who = applicant();
        CompositeCase first = composites.submit(application(who, "k-" + who), CLERK);
        CompositeCase again = composites.submit(application(who, "k-" + who), CLERK);
        assertEquals(first.caseNumber(), again.caseNumber());
        assertEquals(step(first, "a").caseNumber(), step(again, "a").caseNumber());
        try {
            composites.submit(new Submission("settle", who, Map.of("maritalStatus", "已婚", "employer", "x", "settleAddress", "y"),
                    List.of(presented("id-card"), presented("degree")), Channel.COUNTER, "A01", null, "李四", Map.of(), "k-" + who), CLERK);
            fail("the same key for another application is refused");
        } catch (HallException e) {
            assertEquals("idempotency_key_reused", e.error());
        }
    }

    @Test
    public void badApplicationsAreRefusedNamingTheFieldBeforeAnythingIsWritten() {
        String who = applicant();
        expectInvalid("form.settleAddress", new Submission("settle", who, Map.of("maritalStatus", "未婚", "employer", "x"),
                List.of(presented("id-card"), presented("degree")), Channel.COUNTER, "A01", null, "李四", Map.of(), null));
        expectInvalid("form.maritalStatus", new Submission("settle", who, Map.of("maritalStatus", "保密", "employer", "x",
                "settleAddress", "y"), List.of(presented("id-card"), presented("degree")), Channel.COUNTER, "A01", null, "李四", Map.of(), null));
        expectInvalid("form.colour", new Submission("settle", who, Map.of("maritalStatus", "未婚", "employer", "x", "settleAddress", "y",
                "colour", "red"), List.of(presented("id-card"), presented("degree")), Channel.COUNTER, "A01", null, "李四", Map.of(), null));
        expectInvalid("materials", new Submission("settle", who, Map.of("maritalStatus", "未婚", "employer", "x", "settleAddress", "y"),
                List.of(presented("id-card")), Channel.COUNTER, "A01", null, "李四", Map.of(), null));
        expectInvalid("materials[1].code", new Submission("settle", who, Map.of("maritalStatus", "未婚", "employer", "x", "settleAddress", "y"),
                List.of(presented("id-card"), presented("cert")), Channel.COUNTER, "A01", null, "李四", Map.of(), null));
        expectInvalid("applicantNumber", new Submission("settle", "440305199001011230", Map.of(), List.of(), Channel.COUNTER, "A01",
                null, "李四", Map.of(), null));
        assertTrue("nothing was written for the refused applications", composites.list(false, 500, CLERK).stream()
                .noneMatch(c -> c.applicant().endsWith(who.substring(14))));
    }

    @Test
    public void stepsWhoseSubCasesWereDecidedWhileTheCompositeWasAwayAreMovedByTheSweep() {
        CompositeCase c = composites.submit(application(applicant(), null), CLERK);
        String a = step(c, "a").caseNumber();
        String b = step(c, "b").caseNumber();
        LISTENERS.remove(composites); // the composite bundle stopped: its case events go nowhere
        try {
            approve(a, "ta");
            approve(b, "tb");
        } finally {
            LISTENERS.add(composites);
        }
        // no event moved the steps (a and b still RUNNING, c WAITING): only the sweep can
        composites.sweep(null);
        CompositeCase moved = composites.get(c.caseNumber(), CLERK);
        assertEquals("DONE", step(moved, "a").status());
        assertEquals("DONE", step(moved, "b").status());
        assertEquals("RUNNING", step(moved, "c").status());
        assertTrue("the last step got its sub-case", step(moved, "c").caseNumber() != null);
        composites.sweep(null); // nothing moves twice
        assertEquals(1, db.read(conn -> {
            try (java.sql.Statement st = conn.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                    "SELECT COUNT(*) FROM audit_log WHERE subject = '" + c.caseNumber() + "' AND action = 'step-start'"
                            + " AND detail LIKE '%\"step\":\"c\"%'")) {
                rs.next();
                return rs.getInt(1);
            }
        }).intValue());
    }

    @Test
    public void aCompositeTakesAnAgentOnlyWhenTheEnterpriseRegisteredThem() {
        // the same agent check as at the counter: an agent's vault materials are used for the application
        composites.registry().add(101, TestDepartments.plugin(org.qinqing.hall.spi.Composite.of("firm-settle", "企业测试")
                .party(org.qinqing.hall.spi.PartyType.ENTERPRISE).step(org.qinqing.hall.spi.Step.of("a", "ta", "ta-cert")).build()),
                "firm.bundle", "1.0.0");
        String firm = "91110000600037341L";
        String person = applicant();
        try {
            composites.submit(new Submission("firm-settle", firm, Map.of("maritalStatus", "未婚"), List.of(presented("id-card")),
                    Channel.COUNTER, "A01", person, "测试企业", Map.of(), null), CLERK);
            fail("an agent the enterprise never registered is refused");
        } catch (HallException e) {
            assertEquals(e.getMessage(), HallException.Kind.UNPROCESSABLE, e.kind());
            assertEquals("agent_not_registered", e.error());
            assertEquals("agentNumber", e.field());
        }
        // and an agent acts only for an enterprise
        expectInvalid("agentNumber", new Submission("settle", applicant(), Map.of("maritalStatus", "未婚", "employer", "x",
                "settleAddress", "y"), List.of(presented("id-card"), presented("degree")), Channel.COUNTER, "A01", person, "李四",
                Map.of(), null));
    }

    private static void expectInvalid(String field, Submission s) {
        try {
            composites.submit(s, CLERK);
            fail("expected 400 for " + field);
        } catch (HallException e) {
            assertEquals(e.getMessage(), HallException.Kind.INVALID, e.kind());
            assertEquals(e.getMessage(), field, e.field());
        }
    }

    @Test
    public void cyclesAndUnknownItemsAreRefusedWhenTheyArrive() {
        composites.registry().add(200, TestDepartments.plugin(
                Composite.of("loop", "循环").step(Step.of("x", "ta", "ta-cert").after("y")).step(Step.of("y", "tb", "tb-approval").after("x")).build(),
                Composite.of("ghost", "幽灵").step(Step.of("x", "ta", "ta-nothing")).build(),
                Composite.of("settle", "重复").step(Step.of("x", "ta", "ta-cert")).build(),
                Composite.of("later", "等待").step(Step.of("x", "ta", "ta-cert")).step(Step.of("z", "zz", "zz-item").after("x")).build()),
                "bad.bundle", "1.0.0");
        try {
            Map<String, CompositeInfo> all = new java.util.HashMap<>();
            composites.composites().forEach(i -> all.putIfAbsent(i.code() + ":" + i.status(), i));
            assertTrue(all.get("loop:REFUSED").message(), all.get("loop:REFUSED").message().contains("cycle"));
            assertTrue(all.get("ghost:REFUSED").message(), all.get("ghost:REFUSED").message().contains("offers no item ta-nothing"));
            assertTrue(all.get("settle:REFUSED").message(), all.get("settle:REFUSED").message().contains("already offered by bundle settle.bundle"));
            CompositeInfo later = all.get("later:UNAVAILABLE");
            assertTrue(later.message(), later.message().contains("department zz is not deployed"));
            try {
                composites.submit(new Submission("later", applicant(), Map.of("maritalStatus", "未婚"), List.of(presented("id-card")),
                        Channel.COUNTER, "A01", null, "李四", Map.of(), null), CLERK);
                fail("a composite waiting for a department takes no applications");
            } catch (HallException e) {
                assertEquals(HallException.Kind.UNAVAILABLE, e.kind());
                assertTrue(e.getMessage(), e.getMessage().contains("zz"));
            }
            assertTrue("the first settle keeps its code", composites.composite("settle").orElseThrow().active());
        } finally {
            composites.registry().remove(200);
        }
    }

    @Test
    public void aStepWaitsForItsDepartmentAndStartsWhenItReturns() throws Exception {
        CompositeCase c = composites.submit(application(applicant(), null), CLERK);
        approve(step(c, "a").caseNumber(), "ta");
        departmentCAway();
        try {
            assertEquals("UNAVAILABLE", composites.composite("settle").orElseThrow().status());
            approve(step(c, "b").caseNumber(), "tb");
            c = reload(c);
            assertEquals("READY", step(c, "c").status());
            assertTrue(step(c, "c").message(), step(c, "c").message().contains("等待部门恢复"));
        } finally {
            departmentCBack();
        }
        for (int i = 0; i < 100 && !"RUNNING".equals(step(c, "c").status()); i++) {
            Thread.sleep(50);
            c = reload(c);
        }
        assertEquals("the step starts when its department returns", "RUNNING", step(c, "c").status());
        assertNull(step(c, "c").message());
        assertKeptAsStored(c.caseNumber());
    }

    @Test
    public void sweepsStartingTheSameReadyStepAtOnceYieldOneSubCase() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 10; round++) {
                CompositeCase c = composites.submit(application(applicant(), null), CLERK);
                approve(step(c, "a").caseNumber(), "ta");
                departmentCAway();
                try {
                    approve(step(c, "b").caseNumber(), "tb");
                    assertEquals("READY", step(reload(c), "c").status());
                } finally {
                    departmentCBack(); // starts a sweep too
                }
                CyclicBarrier together = new CyclicBarrier(4);
                List<Future<?>> sweeps = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    sweeps.add(pool.submit(() -> {
                        together.await();
                        composites.sweep(null);
                        return null;
                    }));
                }
                for (Future<?> f : sweeps) {
                    f.get();
                }
                for (int i = 0; i < 100 && !"RUNNING".equals(step(c, "c").status()); i++) {
                    Thread.sleep(20);
                    c = reload(c);
                }
                String number = c.caseNumber();
                assertEquals("round " + round, "RUNNING", step(c, "c").status());
                long subCases = subCasesOf(number, "c");
                assertEquals("round " + round + ": five sweeps, one sub-case", 1, subCases);
                assertEquals(step(c, "c").caseNumber(), cases.get(step(c, "c").caseNumber(), CLERK).caseNumber());
                assertKeptAsStored(number);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void aCompositeFiledAsMidnightPassesCarriesTheDayItWasCommittedOnAsDoItsFirstSubCases() throws Exception {
        Instant before = NOW.get();
        NOW.set(LocalDate.of(2026, 3, 9).atTime(23, 59, 59).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // a slow write holds the writer while the composite is prepared on the 9th; it commits on the 10th
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Future<?> slow = pool.submit(() -> db.write(tx -> {
                holding.countDown();
                java.util.concurrent.locks.LockSupport.parkNanos(700_000_000L);
                return null;
            }));
            holding.await();
            java.util.concurrent.Future<CompositeCase> filed = pool.submit(() -> composites.submit(application(applicant(), null), CLERK));
            Thread.sleep(300);
            NOW.set(LocalDate.of(2026, 3, 10).atTime(0, 0, 1).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
            slow.get(10, java.util.concurrent.TimeUnit.SECONDS);
            CompositeCase c = filed.get(10, java.util.concurrent.TimeUnit.SECONDS);
            LocalDate tenth = LocalDate.of(2026, 3, 10);
            assertEquals(tenth, c.acceptedOn());
            assertEquals(tenth, LocalDate.ofInstant(c.submittedAt(), ZoneId.of("Asia/Shanghai")));
            assertTrue("numbered on the day it was accepted: " + c.caseNumber(), c.caseNumber().contains("20260310"));
            List<String> started = c.steps().stream().map(CompositeCase.StepState::caseNumber).filter(java.util.Objects::nonNull).toList();
            assertEquals("both parallel steps started in the composite's own write", 2, started.size());
            for (String sub : started) {
                org.qinqing.hall.api.CaseView v = cases.get(sub, CLERK);
                assertEquals(sub, tenth, LocalDate.ofInstant(v.acceptedAt(), ZoneId.of("Asia/Shanghai")));
            }
        } finally {
            NOW.set(before);
            pool.shutdown();
        }
    }

    @Test
    public void thePublicSeesTheStepsAndStatisticsShowTheSaving() {
        String who = applicant();
        CompositeCase c = composites.submit(application(who, null), CLERK);
        PublicProgress p = composites.progress(c.caseNumber(), who.substring(14));
        assertEquals(3, p.parts().size());
        assertEquals("RUNNING", p.parts().get(0).status());
        assertEquals("已受理", p.parts().get(0).caseStatusLabel());
        try {
            composites.progress(c.caseNumber(), "0000");
            fail();
        } catch (HallException e) {
            assertEquals(HallException.Kind.NOT_FOUND, e.kind());
        }
        approve(step(c, "a").caseNumber(), "ta");
        approve(step(c, "b").caseNumber(), "tb");
        approve(reload(c).steps().get(2).caseNumber(), "tc");
        CompositeStats s = composites.stats().stream().filter(x -> x.code().equals("settle")).findFirst().orElseThrow();
        assertTrue(s.approved() >= 1);
        assertEquals(10, s.promisedDays());
        assertEquals(13, s.sequentialPromisedDays());
        assertNotNull(s.averageVisits());
    }
}
