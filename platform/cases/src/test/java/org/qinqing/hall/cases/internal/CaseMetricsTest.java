package org.qinqing.hall.cases.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.api.SlaColour;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.calendar.internal.CalendarService;
import org.qinqing.hall.catalogue.internal.CatalogueEvents;
import org.qinqing.hall.catalogue.internal.CatalogueImpl;
import org.qinqing.hall.parties.internal.PartyService;
import org.qinqing.hall.parties.internal.VaultService;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/**
 * The case meters on real Derby and the real calendar: changes counted per department once
 * committed, and open cases counted by one query to the same colours the case views show.
 */
public class CaseMetricsTest {
    private static final String APPLICANT = "44030519900101123X";
    private static final Actor CLERK = Actor.staff("clerk", Set.of("clerk"), Channel.COUNTER, "A01");
    private static final Actor APPROVER = Actor.staff("approver-tst", Set.of("approver", "dept:tst"), null, null);
    private static final AtomicReference<Instant> NOW = new AtomicReference<>();
    private static final HallClock CLOCK = NOW::get;
    private static JdbcDatabase db;
    private static CalendarService calendar;
    private static CaseService cases;
    private SimpleMeterRegistry registry;

    @BeforeClass
    public static void start() {
        at(LocalDate.of(2026, 3, 2));
        db = TestStore.started(TestStore.fresh(), CLOCK);
        CatalogueImpl catalogue = new CatalogueImpl(new CatalogueEvents() {
            @Override
            public void active(DepartmentInfo d) {
            }

            @Override
            public void withdrawn(DepartmentInfo d) {
            }
        });
        catalogue.add(1, new TestDepartment("tst"), "test.bundle", "1.0.0");
        calendar = new CalendarService(db, CLOCK, TestStore.module(CalendarService.class, "calendar"));
        calendar.start();
        PartyService parties = new PartyService(db, CLOCK, TestStore.module(PartyService.class, "parties"));
        parties.start();
        VaultService vault = new VaultService(db, parties, CLOCK, 1 << 20);
        cases = new CaseService(db, db, catalogue, parties, parties, vault, vault, calendar, CLOCK,
                TestStore.module(CaseService.class, "cases"), 0.8, List.of());
        cases.start();
    }

    @AfterClass
    public static void stop() throws Exception {
        cases.stop();
        db.stop();
    }

    @Before
    public void freshRegistry() {
        registry = new SimpleMeterRegistry();
        Metrics.globalRegistry.getRegistries().forEach(Metrics::removeRegistry);
        Metrics.addRegistry(registry);
    }

    @org.junit.After
    public void dropRegistry() {
        Metrics.removeRegistry(registry);
    }

    private static void at(LocalDate day) {
        NOW.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private static CaseView submit() {
        MaterialInput id = new MaterialInput("id-card", null, null, null, null, null, true);
        MaterialInput degree = new MaterialInput("degree", null, null, null, null, null, true);
        return cases.submit(new Submission("tst-licence", APPLICANT, Map.of("education", "本科"), List.of(id, degree), Channel.COUNTER,
                "A01", null, "张三", Map.of(), null), CLERK);
    }

    private double transitions(String status) {
        var c = registry.find(CaseCounts.METER).tags("department", "tst", "status", status).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    public void intakeAndDecisionsAreCountedPerDepartmentOnceCommitted() {
        CaseView c = submit();
        assertEquals(CaseStatus.ACCEPTED, c.status());
        assertEquals(1.0, transitions("accepted"), 0);
        cases.act(c.caseNumber(), CaseAction.REVIEW, ActionInput.NONE, APPROVER);
        cases.act(c.caseNumber(), CaseAction.APPROVE, ActionInput.NONE, APPROVER);
        assertEquals(1.0, transitions("under_review"), 0);
        assertEquals(1.0, transitions("approved"), 0);
        assertEquals(0.0, transitions("denied"), 0);
        // a change whose unit fails is never counted
        try {
            db.write(tx -> {
                new CaseCounts(Metrics.globalRegistry).changed(tx, "tst", CaseStatus.UNDER_REVIEW, CaseStatus.DENIED);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the unit's own failure
        }
        assertEquals(0.0, transitions("denied"), 0);
    }

    @Test
    public void openCasesAreCountedToTheColoursTheCaseViewsShow() {
        at(LocalDate.of(2026, 3, 2));
        submit();
        CaseView paused = submit();
        cases.act(paused.caseNumber(), CaseAction.REVIEW, ActionInput.NONE, APPROVER);
        cases.act(paused.caseNumber(), CaseAction.SUSPEND, new ActionInput("组织专家评审", Map.of(), List.of(), "EXPERT_REVIEW", null, null, null), APPROVER);
        OpenCases open = new OpenCases(db, CLOCK, registry);
        // on the day of acceptance, then as the days pass, the query colours each case as the views do
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 6, 30))) {
            at(day);
            open.refresh();
            Map<String, Long> expected = viewColours(day);
            for (String colour : OpenCases.COLOURS) {
                assertEquals(day + " " + colour, (long) expected.getOrDefault(colour, 0L), open.count("tst", colour));
                assertEquals(expected.getOrDefault(colour, 0L), registry.get(OpenCases.METER).tags("department", "tst", "colour", colour)
                        .gauge().value(), 0);
            }
        }
        assertTrue(viewColours(LocalDate.of(2026, 6, 30)).get("overdue") >= 1);
        assertEquals(1L, open.count("tst", "paused"));
        open.stop();
        assertTrue(registry.find(OpenCases.METER).gauges().isEmpty());
    }

    /** @return open cases (clocks started, not decided) by the colour {@link Clocks#view} gives them on the day */
    private static Map<String, Long> viewColours(LocalDate day) {
        return db.read(c -> {
            Map<String, Long> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CaseRepository.SUMMARY_COLUMNS + " FROM hall_case");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SlaColour colour = Clocks.view(CaseRepository.row(rs), day, calendar).colour();
                    if (colour != SlaColour.CLOSED && colour != SlaColour.NOT_STARTED) {
                        out.merge(colour.name().toLowerCase(Locale.ROOT), 1L, Long::sum);
                    }
                }
            }
            return out;
        });
    }
}
