package org.qinqing.hall.dept.planning;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.dept.planning.Fixtures.COMPANY;
import static org.qinqing.hall.dept.planning.Fixtures.DEPT;
import static org.qinqing.hall.dept.planning.Fixtures.MAN_36;
import static org.qinqing.hall.dept.planning.Fixtures.WOMAN_40;
import static org.qinqing.hall.dept.planning.Fixtures.app;
import static org.qinqing.hall.dept.planning.Fixtures.handler;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.HallPromises;
import org.qinqing.hall.spi.contract.TestApplication;

public class PlanningDepartmentTest {

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(DEPT);
        assertEquals(Level.MUNICIPAL, DEPT.level());
    }

    @Test
    public void meetsTheCatalogueQuota() {
        List<Item> items = DEPT.items();
        assertEquals(16, items.size());
        assertEquals(10, items.stream().filter(i -> i.has(Flag.ONE_WINDOW)).count());
        assertEquals(4, items.stream().filter(i -> i.has(Flag.WECHAT)).count());
        assertEquals(3, items.stream().filter(i -> i.has(Flag.ZERO_VISIT)).count());
        assertEquals(6, items.stream().filter(Item::halvedLimit).count());
        HallPromises.assertKept(DEPT, i -> app(i.code(), MAN_36).build());
    }

    private static TestApplication landUse(int floorArea) {
        return app(PlanningItems.LAND_USE_PERMIT, COMPANY).form("parcel", "T107-0085").form("landUse", "商业服务业用地")
                .form("siteArea", 10_000).form("floorArea", floorArea).form("farCap", 4.5).form("conditionsInContract", true);
    }

    @Test
    public void landUsePermitNeedsThePlanningConditionsInTheContractAndKeepsThePlotRatio() {
        ApprovalHandler h = handler(PlanningItems.LAND_USE_PERMIT);
        assertEquals(List.of(), h.review(landUse(45_000).build()));
        assertEquals("floorArea", h.review(landUse(45_100).build()).get(0).subject());
        assertEquals("conditionsInContract", h.review(landUse(40_000).form("conditionsInContract", false).build()).get(0).subject());
        assertEquals("land-use-planning-permit", h.issue(landUse(45_000).build()).get(0).kind());
    }

    private static TestApplication works() {
        return app(PlanningItems.WORKS_PERMIT, COMPANY).form("project", "南山某商业综合体").form("siteArea", 10_000).form("floorArea", 42_000)
                .form("farCap", 4.5).form("height", 98).form("heightCap", 100).form("greenRatio", 30).form("greenRatioMin", 30);
    }

    @Test
    public void worksPermitKeepsPlotRatioHeightAndGreenRatio() {
        ApprovalHandler h = handler(PlanningItems.WORKS_PERMIT);
        assertEquals(List.of(), h.review(works().build()));
        assertEquals("height", h.review(works().form("height", 100.5).build()).get(0).subject());
        assertEquals("greenRatio", h.review(works().form("greenRatio", 29.9).build()).get(0).subject());
        assertEquals("floorArea", h.review(works().form("floorArea", 46_000).build()).get(0).subject());
    }

    private static TestApplication temporaryLand(String purpose, String end) {
        return app(PlanningItems.TEMPORARY_LAND_USE, COMPANY).form("purpose", purpose).form("area", 5000).form("startDate", "2026-04-01")
                .form("endDate", end).form("permanentBuildings", false);
    }

    @Test
    public void temporaryLandUseIsTwoYearsOrFourForInfrastructureWithoutPermanentBuildings() {
        ApprovalHandler h = handler(PlanningItems.TEMPORARY_LAND_USE);
        assertEquals(List.of(), h.review(temporaryLand("建设项目施工", "2028-04-01").build()));
        assertEquals("endDate", h.review(temporaryLand("建设项目施工", "2028-04-02").build()).get(0).subject());
        assertEquals(List.of(), h.review(temporaryLand(TemporaryLandUse.INFRASTRUCTURE, "2030-04-01").build()));
        assertEquals("permanentBuildings", h.review(temporaryLand("地质勘查", "2027-04-01").form("permanentBuildings", true).build()).get(0).subject());
        assertEquals(LocalDate.of(2027, 4, 1), h.issue(temporaryLand("地质勘查", "2027-04-01").build()).get(0).validUntil());
    }

    @Test
    public void temporaryConstructionMayNotAffectPlanningNorOutlastTheLand() {
        ApprovalHandler h = handler(PlanningItems.TEMPORARY_CONSTRUCTION);
        TestApplication t = app(PlanningItems.TEMPORARY_CONSTRUCTION, COMPANY).form("floorArea", 800).form("startDate", "2026-04-01")
                .form("endDate", "2027-12-31").form("landUntil", "2028-04-01").form("affectsPlanning", false);
        assertEquals(List.of(), h.review(t.build()));
        assertEquals("endDate", h.review(t.form("landUntil", "2027-06-30").build()).get(0).subject());
        assertEquals("affectsPlanning", h.review(t.form("landUntil", "2028-04-01").form("affectsPlanning", true).build()).get(0).subject());
    }

    @Test
    public void planningVerificationRefusesABuildingLargerOrHigherThanPermitted() {
        ApprovalHandler h = handler(PlanningItems.PLANNING_VERIFICATION);
        TestApplication t = app(PlanningItems.PLANNING_VERIFICATION, COMPANY).form("permittedArea", 42_000).form("permittedHeight", 98)
                .form("builtHeight", 97.8);
        assertEquals(List.of(), h.review(t.form("builtArea", 41_980).build()));
        assertEquals("planning-verification-certificate", h.issue(t.build()).get(0).kind());
        assertEquals("builtArea", h.review(t.form("builtArea", 42_150).build()).get(0).subject());
    }

    @Test
    public void forestLandNeedsTheRestorationFeeAndTemporaryUseAtMostTwoYears() {
        ApprovalHandler h = handler(PlanningItems.FOREST_LAND);
        TestApplication permanent = app(PlanningItems.FOREST_LAND, COMPANY).form("useType", ForestLand.PERMANENT).form("area", 1.2)
                .form("startDate", "2026-04-01").form("permanentBuildings", true);
        assertEquals(List.of(), h.review(permanent.form("vegetationFeePaid", true).build()));
        assertEquals("vegetationFeePaid", h.review(permanent.form("vegetationFeePaid", false).build()).get(0).subject());
        TestApplication temporary = app(PlanningItems.FOREST_LAND, COMPANY).form("useType", ForestLand.TEMPORARY).form("area", 0.3)
                .form("startDate", "2026-04-01").form("vegetationFeePaid", false).form("permanentBuildings", false);
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(temporary.build()).outcome());
        assertEquals(List.of(), h.review(temporary.form("endDate", "2028-04-01").build()));
        assertEquals("endDate", h.review(temporary.form("endDate", "2028-06-01").build()).get(0).subject());
    }

    @Test
    public void buildingNamesUseChineseAndNoForeignPlaceNames() {
        ApprovalHandler h = handler(PlanningItems.BUILDING_NAMING);
        TestApplication t = app(PlanningItems.BUILDING_NAMING, COMPANY).form("location", "南山区粤海街道");
        assertEquals(List.of(), h.review(t.form("proposedName", "粤海科技大厦").build()));
        assertEquals(1, h.review(t.form("proposedName", "Nanshan Tower").build()).size());
        assertEquals(1, h.review(t.form("proposedName", "南山曼哈顿广场").build()).size());
    }

    @Test
    public void transferBySaleNeedsTheDeedTaxReceiptButInheritanceDoesNot() {
        ApprovalHandler h = handler(PlanningItems.TRANSFER_REGISTRATION);
        TestApplication sale = app(PlanningItems.TRANSFER_REGISTRATION, MAN_36).form("transferType", "买卖").form("price", 6_800_000)
                .form("seized", false);
        assertEquals("deed-tax", h.check(sale.build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(sale.material("deed-tax").build()).outcome());
        Application inheritance = app(PlanningItems.TRANSFER_REGISTRATION, WOMAN_40).form("transferType", "继承").form("seized", false).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(inheritance).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(sale.form("seized", true).build()).outcome());
        assertEquals("property-certificate", h.issue(inheritance).get(0).kind());
    }

    @Test
    public void mortgageRefusesSeizedOrDisputedPropertyAndNeedsAPositiveDebt() {
        ApprovalHandler h = handler(PlanningItems.MORTGAGE_REGISTRATION);
        TestApplication t = app(PlanningItems.MORTGAGE_REGISTRATION, COMPANY).form("propertyStatus", MortgageRegistration.NORMAL)
                .form("debtAmount", 3_000_000).form("debtStart", "2026-03-10").form("debtEnd", "2056-03-09");
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.build()).outcome());
        assertEquals(List.of(), h.review(t.build()));
        assertEquals(LocalDate.of(2056, 3, 9), h.issue(t.build()).get(0).validUntil());
        assertEquals("debtEnd", h.review(t.form("debtEnd", "2026-03-01").build()).get(0).subject());
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("propertyStatus", "已被依法查封、扣押").build()).outcome());
    }

    @Test
    public void recordsQueryByAnInterestedPartyNeedsProofAndShowsLess() {
        ApprovalHandler h = handler(PlanningItems.RECORDS_QUERY);
        TestApplication t = app(PlanningItems.RECORDS_QUERY, MAN_36).form("property", "南山区某花园1栋101").form("purpose", "诉讼");
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.form("role", RecordsQuery.HOLDER).build()).outcome());
        assertEquals("interest-proof", h.check(t.form("role", RecordsQuery.INTERESTED).build()).findings().get(0).subject());
        assertEquals("利害关系人可查询范围", h.issue(t.material("interest-proof").build()).get(0).attributes().get("scope"));
    }

    @Test
    public void propertyStatusWithTheSpouseNeedsTheSpousesAuthorisation() {
        ApprovalHandler h = handler(PlanningItems.PROPERTY_STATUS);
        TestApplication t = app(PlanningItems.PROPERTY_STATUS, MAN_36).form("purpose", "购房资格审核");
        Application alone = t.form("includeSpouse", false).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(alone).outcome());
        assertTrue(h.approvesInstantly(alone));
        TestApplication both = t.form("includeSpouse", true).form("spouseId", WOMAN_40);
        assertEquals("spouse-authorisation", h.check(both.build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(both.material("spouse-authorisation").build()).outcome());
        assertEquals("spouseId", h.review(both.form("spouseId", MAN_36).build()).get(0).subject());
    }

    @Test
    public void certificateIsReissuedFifteenWorkingDaysAfterTheLossNotice() {
        ApprovalHandler h = handler(PlanningItems.CERTIFICATE_REISSUE);
        TestApplication t = app(PlanningItems.CERTIFICATE_REISSUE, MAN_36).form("reason", "遗失");
        // 2026-02-09 (Monday) + 15 working days = 2026-03-02 (Monday)
        assertEquals(List.of(), h.review(t.form("noticeDate", "2026-02-09").build()));
        assertEquals("noticeDate", h.review(t.form("noticeDate", "2026-02-10").build()).get(0).subject());
    }
}
