package org.qinqing.hall.directline.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.directline.Demand;
import org.qinqing.hall.directline.DemandRequest;
import org.qinqing.hall.directline.RatingRequest;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.Notice;

/** Demands: validation, routing, escalation ladder once per rung, late answer → accountability, reopen, rating. */
public class DemandServiceTest {
    private static final Actor AGENT = Actor.applicant(Fixture.AGENT, Channel.ONLINE);
    private static final Actor STRANGER = Actor.applicant("440524188001010014", Channel.ONLINE);
    private Fixture f;

    @Before
    public void start() {
        f = new Fixture(List.of());
        f.enterprises.importCsv(new StringReader(Fixture.COMPANY + ",示范科技有限公司,UNICORN,软件,王副区长,industry\n"
                + Codes.line(7, "SMALL_MICRO", "餐饮")), Fixture.ADMIN);
    }

    @After
    public void stop() throws Exception {
        f.stop();
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
    public void badInputIsRefusedNamingTheField() {
        expect(400, "text", () -> f.demands.submit(new DemandRequest(Fixture.COMPANY, "policy", "长".repeat(4001), null, null), AGENT));
        expect(400, "category", () -> f.demands.submit(new DemandRequest(Fixture.COMPANY, "weather", "问", null, null), AGENT));
        expect(400, "to", () -> f.demands.submit(new DemandRequest(Fixture.COMPANY, "policy", "问", "nowhere", null), AGENT));
        expect(400, "enterpriseNumber", () -> f.demands.submit(new DemandRequest(Codes.code(99), "policy", "问", null, null), AGENT));
        expect(404, "enterpriseNumber", () -> f.demands.submit(new DemandRequest(Fixture.COMPANY, "policy", "问", null, null), STRANGER));
        Demand ok = f.demands.submit(new DemandRequest(Fixture.COMPANY, "policy", "长".repeat(4000), null, null), AGENT);
        assertEquals("SUBMITTED", ok.status());
    }

    @Test
    public void aDemandToTheDistrictHeadIsRoutedEscalatesAnsweredLateReopenedAndRated() throws Exception {
        // Mon 2 March: first response by Tue 3, answer by Mon 9 (5 working days)
        Demand d = f.demands.submit(new DemandRequest(Fixture.COMPANY, "approval", "希望加快食品经营许可审批", "district-head", null), AGENT);
        assertEquals("district-head", d.addressedTo());
        assertEquals("routed by its category", "market", d.department());
        assertTrue(d.keyEnterprise());
        assertEquals(LocalDate.of(2026, 3, 3), d.responseDue());
        assertEquals(LocalDate.of(2026, 3, 9), d.answerDue());
        expect(404, null, () -> f.demands.get(d.demandNumber(), STRANGER));
        assertEquals(1, f.demands.ofEnterprise(Fixture.COMPANY, AGENT).size());
        expect(404, null, () -> f.demands.ofEnterprise(Fixture.COMPANY, STRANGER));
        expect(404, null, () -> f.demands.get(d.demandNumber(), Fixture.HR));
        assertEquals(1, f.demands.list(null, Fixture.MARKET).size());
        assertEquals(0, f.demands.list(null, Fixture.HR).size());

        List<Notice> out = new ArrayList<>();
        assertEquals(0, f.demands.scan(LocalDate.of(2026, 3, 3), out::add));
        assertEquals("officer on Wed 4", 1, f.demands.scan(LocalDate.of(2026, 3, 4), out::add));
        assertEquals("each rung once", 0, f.demands.scan(LocalDate.of(2026, 3, 4), out::add));
        assertEquals("department head on Thu 5", 1, f.demands.scan(LocalDate.of(2026, 3, 5), out::add));
        assertEquals("leader in charge on Fri 6", 1, f.demands.scan(LocalDate.of(2026, 3, 6), out::add));
        assertEquals("district head on Mon 9", 1, f.demands.scan(LocalDate.of(2026, 3, 9), out::add));
        assertEquals("no fifth rung", 0, f.demands.scan(LocalDate.of(2026, 3, 20), out::add));
        assertEquals(List.of("OFFICER", "DEPT_HEAD", "LEADER", "DISTRICT"), out.stream().map(Notice::rung).toList());

        f.at(LocalDate.of(2026, 3, 10));
        expect(404, null, () -> f.demands.act(d.demandNumber(), "assign", "officer-li", null, Fixture.HR));
        f.demands.act(d.demandNumber(), "assign", "officer-li", null, Fixture.MARKET);
        expect(409, null, () -> f.demands.act(d.demandNumber(), "close", null, null, Fixture.MARKET));
        Demand answered = f.demands.act(d.demandNumber(), "answer", "已开通绿色通道，3个工作日内办结", null, Fixture.MARKET);
        assertEquals("ANSWERED", answered.status());
        assertTrue("answered after Mon 9", answered.answeredLate());
        assertEquals("an accountability record like a late case's", 1, count("SELECT COUNT(*) FROM sla_accountability WHERE case_number = '"
                + d.demandNumber() + "'"));

        f.at(LocalDate.of(2026, 3, 12));
        Demand reopened = f.demands.reopen(d.demandNumber(), "绿色通道未落实", AGENT);
        assertEquals("IN_PROGRESS", reopened.status());
        f.demands.act(d.demandNumber(), "answer", "已落实", null, Fixture.MARKET);
        f.at(LocalDate.of(2026, 3, 23));
        expect(409, null, () -> f.demands.reopen(d.demandNumber(), "again", AGENT));

        String suffix = Fixture.COMPANY.substring(14);
        assertEquals("DEMAND", f.ratings.rate(new RatingRequest(d.demandNumber(), null, suffix, 4, null, null, "portal"), null).subjectKind());
    }

    @Test
    public void reassignAndRejectNeedAReason() {
        Demand d = f.demands.submit(new DemandRequest(Fixture.COMPANY, "talent", "人才房申请", null, "PROBLEM"), AGENT);
        assertEquals("hr", d.department());
        expect(400, "reason", () -> f.demands.act(d.demandNumber(), "reassign", null, "market", Fixture.HR));
        expect(400, "department", () -> f.demands.act(d.demandNumber(), "reassign", "不属本部门", "nowhere", Fixture.HR));
        Demand moved = f.demands.act(d.demandNumber(), "reassign", "属市场监管职责", "market", Fixture.HR);
        assertEquals("market", moved.department());
        assertEquals("REJECTED", f.demands.act(d.demandNumber(), "reject", "重复诉求", null, Fixture.MARKET).status());
    }

    private int count(String sql) {
        return f.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
