package org.qinqing.hall.dept.urban;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.dept.urban.Fixtures.COMPANY;
import static org.qinqing.hall.dept.urban.Fixtures.DEPT;
import static org.qinqing.hall.dept.urban.Fixtures.MAN_36;
import static org.qinqing.hall.dept.urban.Fixtures.app;
import static org.qinqing.hall.dept.urban.Fixtures.handler;
import static org.qinqing.hall.dept.urban.Fixtures.item;

import java.time.LocalDate;
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

public class UrbanDepartmentTest {

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(DEPT);
        assertEquals(Level.DISTRICT, DEPT.level());
    }

    @Test
    public void meetsTheCatalogueQuota() {
        List<Item> items = DEPT.items();
        assertEquals(16, items.size());
        assertEquals(12, items.stream().filter(i -> i.has(Flag.ONE_WINDOW)).count());
        assertEquals(6, items.stream().filter(i -> i.has(Flag.WECHAT)).count());
        assertEquals(5, items.stream().filter(i -> i.has(Flag.ZERO_VISIT)).count());
        assertEquals(6, items.stream().filter(Item::halvedLimit).count());
        HallPromises.assertKept(DEPT, i -> app(i.code(), COMPANY).build());
    }

    /** A 6 m × 1.2 m lintel signboard over an 8 m shopfront, 0.3 m from the wall. */
    static TestApplication signboard() {
        return app(UrbanItems.SIGNBOARD, COMPANY).form("text", "味道·潮汕砂锅粥").form("address", "深圳市南山区粤海街道科技园路1号101")
                .form("position", Signboard.LINTEL).form("shopfrontWidth", 8).form("width", 6).form("height", 1.2)
                .form("projection", 0.3).form("illuminated", true);
    }

    @Test
    public void signboardApprovesACompliantLintelSignInstantlyAndIssuesTheSignboardPermit() {
        ApprovalHandler h = handler(UrbanItems.SIGNBOARD);
        Application a = signboard().build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(a).outcome());
        assertEquals(List.of(), h.review(a));
        assertTrue(h.approvesInstantly(a));
        IssuedDocument permit = h.issue(a).get(0);
        assertEquals("signboard-permit", permit.kind());
        assertEquals("6", permit.attributes().get("width"));
        assertEquals(PartyType.ENTERPRISE, item(UrbanItems.SIGNBOARD).party());
    }

    @Test
    public void signboardMayNotBeWiderThanTheShopfront() {
        ApprovalHandler h = handler(UrbanItems.SIGNBOARD);
        assertEquals(List.of(), h.review(signboard().form("width", 8).build()));
        assertEquals("width", h.review(signboard().form("width", 8.5).build()).get(0).subject());
    }

    @Test
    public void signboardStandsOutAtMostHalfAMetreAndAShortSideAboveThreeMetresIsAnAdvertisement() {
        ApprovalHandler h = handler(UrbanItems.SIGNBOARD);
        assertEquals(List.of(), h.review(signboard().form("projection", 0.5).build()));
        assertEquals("projection", h.review(signboard().form("projection", 0.6).build()).get(0).subject());
        assertEquals("height", h.review(signboard().form("shopfrontWidth", 12).form("width", 10).form("height", 3.5).build()).get(0).subject());
    }

    @Test
    public void signboardTextMayNotCarryAPhoneNumber() {
        assertEquals("text", handler(UrbanItems.SIGNBOARD).review(signboard().form("text", "味道砂锅粥 订餐13800138000").build()).get(0).subject());
    }

    @Test
    public void signboardOnTheRoofNeedsAStructuralSafetyCertificate() {
        ApprovalHandler h = handler(UrbanItems.SIGNBOARD);
        TestApplication roof = signboard().form("position", Signboard.ROOF);
        assertEquals("structure-safety", h.check(roof.build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(roof.material("structure-safety").build()).outcome());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(signboard().form("height", 0).build()).outcome());
    }

    private static TestApplication advert(String code, String carrier) {
        return app(code, COMPANY).form("location", "深圳市南山区深南大道某大厦").form("carrier", carrier).form("area", 60)
                .form("startDate", "2026-04-01").form("endDate", "2029-03-31");
    }

    @Test
    public void outdoorAdvertisingIsNeverOnTrafficSignsAndOnARoofNeedsAStructuralReport() {
        ApprovalHandler h = handler(UrbanItems.OUTDOOR_ADVERTISING);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(advert(UrbanItems.OUTDOOR_ADVERTISING, OutdoorAdvertising.WALL).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(advert(UrbanItems.OUTDOOR_ADVERTISING, OutdoorAdvertising.TRAFFIC).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, handler(UrbanItems.TEMPORARY_ADVERTISING)
                .check(advert(UrbanItems.TEMPORARY_ADVERTISING, OutdoorAdvertising.PROTECTED).build()).outcome());
        assertEquals("structure-safety", h.check(advert(UrbanItems.OUTDOOR_ADVERTISING, OutdoorAdvertising.ROOF).build()).findings().get(0).subject());
        Application ok = advert(UrbanItems.OUTDOOR_ADVERTISING, OutdoorAdvertising.WALL).build();
        assertEquals(List.of(), h.review(ok));
        assertEquals(LocalDate.of(2029, 3, 31), h.issue(ok).get(0).validUntil());
        assertEquals("endDate", h.review(advert(UrbanItems.OUTDOOR_ADVERTISING, OutdoorAdvertising.WALL).form("endDate", "2026-03-31").build())
                .get(0).subject());
    }

    private static TestApplication dig(String work, String completed) {
        return app(UrbanItems.ROAD_EXCAVATION, COMPANY).form("road", "科苑路（高新南一道至高新南四道）").form("roadWork", work)
                .form("roadCompletionDate", completed).form("length", 120).form("startDate", "2026-04-01").form("endDate", "2026-05-15");
    }

    @Test
    public void roadExcavationWithinFiveYearsOfANewRoadOrThreeOfAnOverhaulNeedsTheCityGovernment() {
        ApprovalHandler h = handler(UrbanItems.ROAD_EXCAVATION);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(dig(RoadExcavation.NEW, "2021-03-31").build()).outcome());
        assertEquals("government-approval", h.check(dig(RoadExcavation.NEW, "2021-04-02").build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(dig(RoadExcavation.OVERHAUL, "2023-03-31").build()).outcome());
        assertEquals("government-approval", h.check(dig(RoadExcavation.OVERHAUL, "2023-04-02").build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(dig(RoadExcavation.OVERHAUL, "2025-01-01").material("government-approval").build()).outcome());
        assertEquals(List.of(), h.review(dig(RoadExcavation.NEW, "2018-01-01").build()));
    }

    private static TestApplication green(int trees, String end) {
        return app(UrbanItems.GREEN_SPACE_OCCUPATION, COMPANY).form("location", "南山大道绿化带").form("area", 200)
                .form("treesAffected", trees).form("startDate", "2026-04-01").form("endDate", end);
    }

    @Test
    public void greenSpaceOccupationWithTreesNeedsTheirApprovalAndLastsAtMostAYear() {
        ApprovalHandler h = handler(UrbanItems.GREEN_SPACE_OCCUPATION);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(green(0, "2027-04-01").build()).outcome());
        assertEquals("tree-approval", h.check(green(3, "2027-04-01").build()).findings().get(0).subject());
        assertEquals(List.of(), h.review(green(0, "2027-04-01").build()));
        assertEquals("endDate", h.review(green(0, "2027-04-02").build()).get(0).subject());
    }

    @Test
    public void treeFellingRefusesAncientTrees() {
        ApprovalHandler h = handler(UrbanItems.TREE_FELLING);
        TestApplication t = app(UrbanItems.TREE_FELLING, MAN_36).form("action", "砍伐").form("reason", "病虫害或枯死").form("trees", 1)
                .form("location", "南山区某小区");
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.form("ancientTree", false).build()).outcome());
        assertEquals(List.of(), h.review(t.build()));
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("ancientTree", true).build()).outcome());
        assertEquals("trees", h.review(t.form("ancientTree", false).form("trees", 0).build()).get(0).subject());
    }

    @Test
    public void constructionWasteGoesOnlyToAnApprovedTransporter() {
        ApprovalHandler h = handler(UrbanItems.CONSTRUCTION_WASTE_DISPOSAL);
        TestApplication t = app(UrbanItems.CONSTRUCTION_WASTE_DISPOSAL, COMPANY).form("project", "味道餐厅装修工程").form("quantity", 35)
                .form("transporterCode", "914403007777777751").form("disposalSite", "南山区某建筑废弃物综合利用厂")
                .form("startDate", "2026-03-10").form("endDate", "2026-04-10");
        assertEquals(List.of(), h.review(t.form("transporterApproved", true).build()));
        assertEquals(LocalDate.of(2026, 4, 10), h.issue(t.build()).get(0).validUntil());
        assertEquals("transporterApproved", h.review(t.form("transporterApproved", false).build()).get(0).subject());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(t.form("quantity", 0).build()).outcome());
    }

    @Test
    public void wasteTransportNeedsEveryVehicleSealedAndTracked() {
        ApprovalHandler h = handler(UrbanItems.CONSTRUCTION_WASTE_TRANSPORT);
        TestApplication t = app(UrbanItems.CONSTRUCTION_WASTE_TRANSPORT, COMPANY).form("vehicles", 10).form("sealedVehicles", 10);
        assertEquals(List.of(), h.review(t.form("gpsVehicles", 10).build()));
        assertEquals("gpsVehicles", h.review(t.form("gpsVehicles", 9).build()).get(0).subject());
    }

    @Test
    public void kitchenWasteOfARestaurantNeedsAGreaseTrapAndIsRegisteredInstantly() {
        ApprovalHandler h = handler(UrbanItems.KITCHEN_WASTE_REGISTRATION);
        TestApplication t = app(UrbanItems.KITCHEN_WASTE_REGISTRATION, COMPANY).form("category", KitchenWaste.CATERING)
                .form("address", "深圳市南山区科技园路1号101").form("dailyQuantity", 40);
        Application ok = t.form("greaseTrap", true).build();
        assertEquals(List.of(), h.review(ok));
        assertTrue(h.approvesInstantly(ok));
        assertEquals("greaseTrap", h.review(t.form("greaseTrap", false).build()).get(0).subject());
        assertEquals(List.of(), h.review(t.form("category", "食品生产加工单位").build()));
    }
}
