package org.qinqing.hall.directline.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.directline.Rating;
import org.qinqing.hall.directline.RatingRequest;
import org.qinqing.hall.directline.RatingStats;
import org.qinqing.hall.directline.Rectification;
import org.qinqing.hall.spi.Notice;

/** 好差评: once per event, bad ratings open rectifications on the working-day calendar, escalation, appeal, figures. */
public class RatingServiceTest {
    private Fixture f;

    @Before
    public void start() {
        f = new Fixture(List.of(Fixture.cases("C1", "C2", "C3", "C4")));
    }

    @After
    public void stop() throws Exception {
        f.stop();
    }

    private static RatingRequest rating(String subject, int level) {
        return new RatingRequest(subject, "ABCD2345", null, level, List.of("态度不好"), "等了很久", "progress");
    }

    private static void expect(int status, String field, Runnable r) {
        try {
            r.run();
            fail("expected " + status);
        } catch (HallException e) {
            assertEquals(e.getMessage(), status, e.kind().status());
            if (field != null) {
                assertEquals(field, e.field());
            }
        }
    }

    @Test
    public void anEventIsRatedOnceAndAWrongProofIsAnUnknownSubject() {
        Rating r = f.ratings.rate(rating("C1", 5), null);
        assertEquals("非常满意", r.levelLabel());
        assertNull("a good rating opens nothing", r.rectification());
        expect(409, null, () -> f.ratings.rate(rating("C1", 1), null));
        expect(404, null, () -> f.ratings.rate(new RatingRequest("C2", "WRONG123", null, 5, null, null, null), null));
        expect(404, null, () -> f.ratings.rate(rating("NOPE", 5), null));
        expect(400, "level", () -> f.ratings.rate(rating("C2", 6), null));
        expect(400, "comment", () -> f.ratings.rate(new RatingRequest("C2", "ABCD2345", null, 5, null, "好".repeat(1001), null), null));
        expect(400, "channel", () -> f.ratings.rate(new RatingRequest("C2", "ABCD2345", null, 5, null, null, "fax"), null));
    }

    @Test
    public void aBadRatingIsVerifiedRectifiedAndCalledBackOnTime() {
        // Mon 2 March 2026: verify by Wed 4 March (2 working days)
        Rating r = f.ratings.rate(rating("C1", 2), null);
        assertNotNull(r.rectification());
        Rectification x = f.ratings.rectification(r.rectification(), Fixture.MARKET);
        assertEquals("OPEN", x.status());
        assertEquals(LocalDate.of(2026, 3, 4), x.verifyDue());
        expect(404, null, () -> f.ratings.verify(x.id(), "查实", Fixture.HR));
        expect(409, null, () -> f.ratings.rectify(x.id(), "培训", "SATISFIED", null, Fixture.MARKET));
        f.at(LocalDate.of(2026, 3, 3));
        Rectification v = f.ratings.verify(x.id(), "经调取录像，窗口人员解释不清，情况属实", Fixture.MARKET);
        assertEquals("VERIFIED", v.status());
        assertEquals("5 working days from Tue 3 March", LocalDate.of(2026, 3, 10), v.rectifyDue());
        expect(400, "callbackOutcome", () -> f.ratings.rectify(x.id(), "培训", "MAYBE", null, Fixture.MARKET));
        f.at(LocalDate.of(2026, 3, 9));
        Rectification c = f.ratings.rectify(x.id(), "对窗口人员进行业务培训", "SATISFIED", "申请人表示满意", Fixture.MARKET);
        assertEquals("CLOSED", c.status());
        assertEquals(Boolean.TRUE, c.onTime());

        RatingStats s = f.ratings.stats(null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "department");
        assertEquals(1, s.ratings());
        assertEquals(1, s.bad());
        assertEquals(1, s.rectifiedOnTime());
        assertEquals(0, s.open());
        assertEquals(1.0, s.callbackRate(), 0);
        assertEquals("market", s.rows().get(0).key());
    }

    @Test
    public void overdueRectificationsEscalateOncePerStepThroughTheScan() {
        Rating r = f.ratings.rate(rating("C1", 1), null);
        List<Notice> out = new ArrayList<>();
        assertEquals("not due on the verify day itself", 0, f.rectifications.scan(LocalDate.of(2026, 3, 4), out::add));
        assertEquals(1, f.rectifications.scan(LocalDate.of(2026, 3, 5), out::add));
        assertEquals("each step once", 0, f.rectifications.scan(LocalDate.of(2026, 3, 6), out::add));
        assertEquals("DEPARTMENT_HEAD", out.get(0).recipient());
        assertEquals("RECT-" + r.rectification(), out.get(0).caseNumber());
        assertTrue(f.ratings.rectification(r.rectification(), Fixture.SUPERVISOR).escalated());
        f.at(LocalDate.of(2026, 3, 5));
        f.ratings.verify(r.rectification(), "属实", Fixture.MARKET);
        assertEquals("the rectify step escalates again, once", 1, f.rectifications.scan(LocalDate.of(2026, 3, 20), out::add));
        assertEquals("SUPERVISION_OFFICE", out.get(1).recipient());
        f.at(LocalDate.of(2026, 3, 20));
        assertEquals(Boolean.FALSE, f.ratings.rectify(r.rectification(), "整改", "UNREACHED", null, Fixture.MARKET).onTime());
        RatingStats s = f.ratings.stats("market", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null);
        assertEquals(0, s.rectifiedOnTime());
        assertEquals(0.0, s.callbackRate(), 0);
    }

    @Test
    public void anAppealStopsTheClockUntilTheSupervisorDecides() {
        Rating r = f.ratings.rate(rating("C4", 1), null);
        long id = r.rectification();
        assertEquals(LocalDate.of(2026, 3, 4), f.ratings.rectification(id, Fixture.SUPERVISOR).verifyDue());
        f.at(LocalDate.of(2026, 3, 3));
        f.ratings.appeal(id, "评价针对的是收费标准，非服务问题", Fixture.MARKET);
        List<Notice> out = new ArrayList<>();
        assertEquals("no deadline runs while the appeal waits", 0, f.rectifications.scan(LocalDate.of(2026, 3, 10), out::add));
        expect(409, null, () -> f.ratings.verify(id, "属实", Fixture.MARKET));
        f.at(LocalDate.of(2026, 3, 6));
        Rectification resumed = f.ratings.decide(id, false, Fixture.SUPERVISOR);
        assertEquals("Wed 4 moved on by the 3 working days the appeal waited (Wed to Fri)", LocalDate.of(2026, 3, 9), resumed.verifyDue());
        assertEquals(0, f.rectifications.scan(LocalDate.of(2026, 3, 9), out::add));
        assertEquals("the clock runs again", 1, f.rectifications.scan(LocalDate.of(2026, 3, 10), out::add));
        f.at(LocalDate.of(2026, 3, 9));
        assertEquals("VERIFIED", f.ratings.verify(id, "属实", Fixture.MARKET).status());
    }

    @Test
    public void aSupervisorDecidesTheDepartmentsAppeal() {
        Rating r1 = f.ratings.rate(rating("C1", 1), null);
        Rating r2 = f.ratings.rate(rating("C2", 2), null);
        f.ratings.rate(rating("C3", 4), null);
        f.ratings.appeal(r1.rectification(), "申请人对政策规定不满，非服务问题", Fixture.MARKET);
        expect(409, null, () -> f.ratings.appeal(r1.rectification(), "再次", Fixture.MARKET));
        expect(403, null, () -> f.ratings.decide(r1.rectification(), true, Fixture.MARKET));
        assertEquals("VOID", f.ratings.decide(r1.rectification(), true, Fixture.SUPERVISOR).status());
        f.ratings.appeal(r2.rectification(), "不服", Fixture.MARKET);
        Rectification rejected = f.ratings.decide(r2.rectification(), false, Fixture.SUPERVISOR);
        assertEquals("OPEN", rejected.status());
        assertEquals("REJECTED", rejected.appealStatus());
        RatingStats s = f.ratings.stats(null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "month");
        assertEquals(3, s.ratings());
        assertEquals(0.3333, s.satisfactionRate(), 0);
        assertEquals(2, s.bad());
        assertEquals(1, s.open());
        assertEquals("2026-03", s.rows().get(0).key());
        expect(400, "groupBy", () -> f.ratings.stats(null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "colour"));
        expect(403, null, () -> f.ratings.rectifications("market", null, Fixture.HR));
        assertEquals(2, f.ratings.rectifications("market", null, Fixture.MARKET).size());
    }
}
