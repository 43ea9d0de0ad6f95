package org.qinqing.hall.dept.emergency;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.dept.emergency.Fixtures.COMPANY;
import static org.qinqing.hall.dept.emergency.Fixtures.DAY;
import static org.qinqing.hall.dept.emergency.Fixtures.DEPT;
import static org.qinqing.hall.dept.emergency.Fixtures.MAN_36;
import static org.qinqing.hall.dept.emergency.Fixtures.WOMAN_40;
import static org.qinqing.hall.dept.emergency.Fixtures.app;
import static org.qinqing.hall.dept.emergency.Fixtures.handler;
import static org.qinqing.hall.dept.emergency.Fixtures.item;
import static org.qinqing.hall.dept.emergency.Fixtures.person;

import java.util.List;
import org.junit.Test;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.HallPromises;
import org.qinqing.hall.spi.contract.TestApplication;

public class EmergencyDepartmentTest {

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(DEPT);
        assertEquals(Level.DISTRICT, DEPT.level());
    }

    @Test
    public void meetsTheCatalogueQuota() {
        List<Item> items = DEPT.items();
        assertEquals(12, items.size());
        assertEquals(9, items.stream().filter(i -> i.has(Flag.ONE_WINDOW)).count());
        assertEquals(4, items.stream().filter(i -> i.has(Flag.WECHAT)).count());
        assertEquals(3, items.stream().filter(i -> i.has(Flag.ZERO_VISIT)).count());
        assertEquals(5, items.stream().filter(Item::halvedLimit).count());
        HallPromises.assertKept(DEPT, i -> app(i.code(), COMPANY).build());
    }

    /** A 300 m² ground-floor restaurant for 180 guests, the fire design evacuating 200, by inspection. */
    static TestApplication restaurant() {
        return app(EmergencyItems.FIRE_SAFETY_CHECK, COMPANY).form("mode", FireSafetyCheck.INSPECTION).form("category", "餐饮场所")
                .form("address", "深圳市南山区粤海街道科技园路1号101").form("area", 300).form("floor", 1)
                .form("occupancy", 180).form("designOccupancy", 200);
    }

    @Test
    public void fireSafetyCheckRequiresTheBusinessLicenceAndIssuesTheFireSafetyPermit() {
        Item item = item(EmergencyItems.FIRE_SAFETY_CHECK);
        assertEquals(PartyType.ENTERPRISE, item.party());
        assertEquals("business-licence", item.material("business-licence").kind());
        ApprovalHandler h = handler(EmergencyItems.FIRE_SAFETY_CHECK);
        Application a = restaurant().build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(a).outcome());
        assertEquals(List.of(), h.review(a));
        IssuedDocument permit = h.issue(a).get(0);
        assertEquals("fire-safety-permit", permit.kind());
        assertEquals("180", permit.attributes().get("occupancy"));
    }

    @Test
    public void fireSafetyCheckRefusesMoreGuestsThanTheFireDesignEvacuates() {
        ApprovalHandler h = handler(EmergencyItems.FIRE_SAFETY_CHECK);
        assertEquals(List.of(), h.review(restaurant().form("occupancy", 200).build()));
        assertEquals("occupancy", h.review(restaurant().form("occupancy", 201).build()).get(0).subject());
    }

    @Test
    public void fireSafetyCheckByCommitmentNeedsTheSignedCommitment() {
        ApprovalHandler h = handler(EmergencyItems.FIRE_SAFETY_CHECK);
        TestApplication t = restaurant().form("mode", FireSafetyCheck.COMMITMENT);
        assertEquals("commitment", h.check(t.build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.material("commitment").build()).outcome());
    }

    @Test
    public void fireSafetyCheckAsksToCorrectAreaAndFloor() {
        ApprovalHandler h = handler(EmergencyItems.FIRE_SAFETY_CHECK);
        assertEquals("area", h.check(restaurant().form("area", 0).build()).findings().get(0).subject());
        assertEquals("floor", h.check(restaurant().form("floor", 0).build()).findings().get(0).subject());
    }

    @Test
    public void entertainmentVenuesStayAboveTheSecondBasementWithSmallRoomsUnderground() {
        ApprovalHandler h = handler(EmergencyItems.FIRE_SAFETY_CHECK);
        TestApplication ktv = restaurant().form("category", FireSafetyCheck.ENTERTAINMENT).form("area", 800);
        assertEquals("maxRoomArea", h.check(ktv.build()).findings().get(0).subject());
        assertEquals(List.of(), h.review(ktv.form("floor", 2).form("maxRoomArea", 300).build()));
        assertEquals("maxRoomArea", h.review(ktv.form("floor", -1).build()).get(0).subject());
        assertEquals(List.of(), h.review(ktv.form("floor", 5).form("maxRoomArea", 200).build()));
        assertEquals("floor", h.review(ktv.form("floor", -2).build()).get(0).subject());
    }

    private static TestApplication hazchem(String mode) {
        return app(EmergencyItems.HAZCHEM_LICENCE, COMPANY).form("mode", mode).form("chemicals", "乙醇、油漆")
                .form("safetyManagers", 1).form("trainedStaff", 5).form("staff", 5);
    }

    @Test
    public void hazchemLicenceWithStorageNeedsTheEvaluationAndAFullTimeSafetyManager() {
        ApprovalHandler h = handler(EmergencyItems.HAZCHEM_LICENCE);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(hazchem(HazchemLicence.WITHOUT_STORAGE).build()).outcome());
        assertEquals("storage-evaluation", h.check(hazchem(HazchemLicence.WITH_STORAGE).build()).findings().get(0).subject());
        Application ok = hazchem(HazchemLicence.WITHOUT_STORAGE).build();
        assertEquals(List.of(), h.review(ok));
        assertEquals(DAY.plusYears(3).minusDays(1), h.issue(ok).get(0).validUntil());
        assertEquals("safetyManagers", h.review(hazchem(HazchemLicence.WITHOUT_STORAGE).form("safetyManagers", 0).build()).get(0).subject());
        assertEquals("trainedStaff", h.review(hazchem(HazchemLicence.WITHOUT_STORAGE).form("trainedStaff", 4).build()).get(0).subject());
    }

    @Test
    public void hazchemRenewalMustBeAskedThreeMonthsBeforeExpiry() {
        ApprovalHandler h = handler(EmergencyItems.HAZCHEM_RENEWAL);
        Application early = app(EmergencyItems.HAZCHEM_RENEWAL, COMPANY).form("expiryDate", "2026-06-02").build();
        assertEquals(List.of(), h.review(early));
        assertEquals(java.time.LocalDate.of(2029, 6, 2), h.issue(early).get(0).validUntil());
        assertEquals(1, h.review(app(EmergencyItems.HAZCHEM_RENEWAL, COMPANY).form("expiryDate", "2026-06-01").build()).size());
    }

    @Test
    public void majorHazardFilingNeedsAnAssessmentAtMostThreeYearsOld() {
        ApprovalHandler h = handler(EmergencyItems.MAJOR_HAZARD_FILING);
        TestApplication t = app(EmergencyItems.MAJOR_HAZARD_FILING, COMPANY).form("level", "三级");
        assertEquals(List.of(), h.review(t.form("assessmentDate", "2026-02-20").build()));
        assertEquals("false", h.issue(t.build()).get(0).attributes().get("late"));
        assertEquals("true", h.issue(t.form("assessmentDate", "2026-02-01").build()).get(0).attributes().get("late"));
        assertEquals("assessmentDate", h.review(t.form("assessmentDate", "2023-03-01").build()).get(0).subject());
    }

    @Test
    public void accidentPlanOfAHighRiskUnitNeedsItsReviewAndAnAssessmentEveryThreeYears() {
        ApprovalHandler h = handler(EmergencyItems.ACCIDENT_PLAN_FILING);
        TestApplication other = app(EmergencyItems.ACCIDENT_PLAN_FILING, COMPANY).form("industry", AccidentPlanFiling.OTHER)
                .form("publishedOn", "2022-01-10");
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(other.build()).outcome());
        assertEquals(List.of(), h.review(other.build()));
        TestApplication storage = app(EmergencyItems.ACCIDENT_PLAN_FILING, COMPANY).form("industry", "危险化学品经营（带储存设施）单位")
                .form("publishedOn", "2026-02-10");
        assertEquals("review-opinion", h.check(storage.build()).findings().get(0).subject());
        storage.material("review-opinion");
        assertEquals(List.of(), h.review(storage.build()));
        assertEquals("publishedOn", h.review(storage.form("publishedOn", "2022-01-10").build()).get(0).subject());
    }

    @Test
    public void principalAssessmentNeeds48HoursAndAPass() {
        ApprovalHandler h = handler(EmergencyItems.PRINCIPAL_ASSESSMENT);
        TestApplication t = app(EmergencyItems.PRINCIPAL_ASSESSMENT, MAN_36).form("role", "主要负责人").form("industry", "危险化学品经营单位");
        assertEquals(List.of(), h.review(t.form("trainingHours", 48).form("examScore", 80).build()));
        assertEquals("trainingHours", h.review(t.form("trainingHours", 32).build()).get(0).subject());
        assertEquals("examScore", h.review(t.form("trainingHours", 48).form("examScore", 79).build()).get(0).subject());
    }

    @Test
    public void specialOperationsAreForAdultsOfWorkingAgeWithJuniorMiddleSchool() {
        ApprovalHandler h = handler(EmergencyItems.SPECIAL_OPERATIONS);
        assertEquals(List.of(), h.review(operator(MAN_36, "初中")));
        assertEquals(List.of(), h.review(operator(WOMAN_40, "高中（中专）")));
        assertEquals("education", h.review(operator(MAN_36, "小学及以下")).get(0).subject());
        assertEquals(1, h.review(operator(person("20090101", "011"), "初中")).size());
        assertEquals(1, h.review(operator(person("19750501", "022"), "初中")).size());
        assertEquals(DAY.plusYears(6), h.issue(operator(MAN_36, "初中")).get(0).validUntil());
    }

    private static Application operator(String id, String education) {
        return app(EmergencyItems.SPECIAL_OPERATIONS, id).form("operation", "电工作业").form("education", education).build();
    }

    @Test
    public void reportRewardIsFifteenPercentOfTheFineBetween3000And300000ForVerifiedReports() {
        ApprovalHandler h = handler(EmergencyItems.REPORT_REWARD);
        TestApplication t = app(EmergencyItems.REPORT_REWARD, MAN_36).form("category", ReportReward.VIOLATION).form("verified", true);
        assertEquals(List.of(), h.review(t.form("penalty", 100_000).build()));
        assertEquals("15000.00", h.issue(t.build()).get(0).attributes().get("amount"));
        assertEquals("3000.00", h.issue(t.form("penalty", 10_000).build()).get(0).attributes().get("amount"));
        assertEquals("300000.00", h.issue(t.form("penalty", 5_000_000).build()).get(0).attributes().get("amount"));
        assertEquals("verified", h.review(t.form("verified", false).build()).get(0).subject());
    }

    @Test
    public void reportRewardForConcealedAccidentsIs30000PerDeathUpTo300000() {
        ApprovalHandler h = handler(EmergencyItems.REPORT_REWARD);
        TestApplication t = app(EmergencyItems.REPORT_REWARD, MAN_36).form("category", ReportReward.CONCEALMENT).form("verified", true);
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(t.build()).outcome());
        assertEquals("60000.00", h.issue(t.form("concealedDeaths", 2).build()).get(0).attributes().get("amount"));
        assertEquals("300000.00", h.issue(t.form("concealedDeaths", 12).build()).get(0).attributes().get("amount"));
    }
}
