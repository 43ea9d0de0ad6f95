package org.qinqing.hall.dept.water;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.Test;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.TestApplication;

public class WaterDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String COMPANY = "91440300123456788M";

    private final WaterDepartment water = new WaterDepartment();

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(water);
        assertEquals("water", water.code());
        assertEquals(Level.DISTRICT, water.level());
    }

    @Test
    public void catalogueMatchesTheQuotas() {
        List<Item> items = water.items();
        assertEquals(12, items.size());
        assertEquals(8, count(items, i -> i.has(Flag.ONE_WINDOW)));
        assertEquals(4, count(items, i -> i.has(Flag.WECHAT)));
        assertEquals(3, count(items, i -> i.has(Flag.ZERO_VISIT)));
        assertEquals(4, count(items, Item::halvedLimit));
        for (Item i : items) {
            assertTrue(i.code(), i.code().startsWith("water-"));
            assertTrue(i.code(), i.maxVisits() <= 1);
            assertTrue(i.code() + " has a legal limit", i.legalLimit() > 0);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " is for legal persons and must be fully online", i.has(Flag.FULLY_ONLINE));
            }
            if (i.has(Flag.INSTANT_APPROVAL)) {
                assertNotSame(i.code(), ApprovalHandler.STANDARD, water.handler(i.code()));
            }
        }
    }

    @Test
    public void householdAbstractionNeedsNoPermitAndProjectsBringTheirAssessment() {
        ApprovalHandler h = handler(WaterResourceItems.ABSTRACTION);
        assertEquals(CheckResult.Outcome.REJECT, h.check(abstraction("家庭生活和零星散养、圈养畜禽饮用", false, 5).build()).outcome());
        assertEquals("water-assessment", h.check(abstraction("生产经营", true, 5).build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(abstraction("生产经营", true, 5).material("water-assessment").build()).outcome());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(abstraction("生产经营", false, 5).build()).outcome());
    }

    @Test
    public void anAbstractionPermitRunsAtMostTenYears() {
        ApprovalHandler h = handler(WaterResourceItems.ABSTRACTION);
        Application ok = abstraction("公共供水", false, 10).build();
        assertEquals(List.of(), h.review(ok));
        assertEquals(DAY.plusYears(10), h.issue(ok).get(0).validUntil());
        assertEquals("years", h.review(abstraction("公共供水", false, 11).build()).get(0).subject());
    }

    @Test
    public void abstractionRenewalIsApplied45DaysBeforeExpiry() {
        ApprovalHandler h = handler(WaterResourceItems.ABSTRACTION_RENEWAL);
        Application early = renewal(WaterResourceItems.ABSTRACTION_RENEWAL, "2026-04-16", 5);
        assertEquals(List.of(), h.review(early));
        assertEquals(LocalDate.of(2031, 4, 16), h.issue(early).get(0).validUntil());
        assertEquals(WaterResourceItems.ABSTRACTION_LICENCE, h.issue(early).get(0).kind());
        assertEquals("expiryDate", h.review(renewal(WaterResourceItems.ABSTRACTION_RENEWAL, "2026-04-15", 5)).get(0).subject());
        assertEquals(CheckResult.Outcome.REJECT, h.check(renewal(WaterResourceItems.ABSTRACTION_RENEWAL, "2026-03-01", 5)).outcome());
    }

    @Test
    public void drainageRenewalIsApplied30DaysBeforeExpiry() {
        ApprovalHandler h = handler(WaterDrainageItems.DRAINAGE_RENEWAL);
        assertEquals(List.of(), h.review(renewal(WaterDrainageItems.DRAINAGE_RENEWAL, "2026-04-01", 5)));
        assertEquals(List.of("expiryDate", "years"),
                h.review(renewal(WaterDrainageItems.DRAINAGE_RENEWAL, "2026-03-31", 6)).stream().map(Finding::subject).toList());
        assertEquals(WaterDrainageItems.DRAINAGE_LICENCE, h.issue(renewal(WaterDrainageItems.DRAINAGE_RENEWAL, "2026-04-01", 5)).get(0).kind());
    }

    @Test
    public void restaurantsShowTheirGreaseTrapAndIndustryItsWaterTest() {
        ApprovalHandler h = handler(WaterDrainageItems.DRAINAGE);
        assertEquals("grease-trap", h.check(drainage("餐饮", null).build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(drainage("餐饮", null).material("grease-trap").build()).outcome());
        assertEquals("water-test", h.check(drainage("工业", null).build()).findings().get(0).subject());
        assertEquals(DAY.plusYears(5), h.issue(drainage("洗车", null).build()).get(0).validUntil());
    }

    @Test
    public void aBuildingSitePermitEndsWithTheWorks() {
        ApprovalHandler h = handler(WaterDrainageItems.DRAINAGE);
        assertEquals("worksEnd", h.check(drainage("建筑施工", null).build()).findings().get(0).subject());
        Application site = drainage("建筑施工", "2027-06-30").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(site).outcome());
        assertEquals(LocalDate.of(2027, 6, 30), h.issue(site).get(0).validUntil());
    }

    @Test
    public void theSizeOfTheProjectDecidesWhichSoilConservationPlanItFiles() {
        ApprovalHandler h = handler(WaterResourceItems.SOIL_CONSERVATION);
        assertEquals(CheckResult.Outcome.REJECT, h.check(soil(0.4, 999, SoilConservation.FORM)).outcome());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(soil(0.4, 1000, SoilConservation.FORM)).outcome());
        assertEquals(List.of(), h.review(soil(4.9, 49999, SoilConservation.FORM)));
        assertEquals("planType", h.review(soil(5, 100, SoilConservation.FORM)).get(0).subject());
        assertEquals("planType", h.review(soil(1, 50000, SoilConservation.FORM)).get(0).subject());
        assertEquals(List.of(), h.review(soil(6, 80000, SoilConservation.REPORT)));
    }

    private TestApplication abstraction(String purpose, boolean project, int years) {
        return TestApplication.of(item(WaterResourceItems.ABSTRACTION)).applicant(COMPANY).on(DAY).form("source", "地表水")
                .form("purpose", purpose).form("annualVolume", 12.5).form("constructionProject", project).form("years", years)
                .material("business-licence").material("application").material("third-party");
    }

    private Application renewal(String code, String expiry, int years) {
        return TestApplication.of(item(code)).applicant(COMPANY).on(DAY).form("expiryDate", expiry).form("years", years)
                .allMaterials().build();
    }

    private TestApplication drainage(String category, String worksEnd) {
        TestApplication t = TestApplication.of(item(WaterDrainageItems.DRAINAGE)).applicant(COMPANY).on(DAY).form("category", category)
                .form("dailyVolume", 8.5).material("business-licence").material("drainage-plan");
        return worksEnd == null ? t : t.form("worksEnd", worksEnd);
    }

    private Application soil(double hectares, double earth, String planType) {
        return TestApplication.of(item(WaterResourceItems.SOIL_CONSERVATION)).applicant(COMPANY).on(DAY).form("landArea", hectares)
                .form("earthwork", earth).form("planType", planType).allMaterials().build();
    }

    private static long count(List<Item> items, Predicate<Item> p) {
        return items.stream().filter(p).count();
    }

    private ApprovalHandler handler(String code) {
        return water.handler(code);
    }

    private Item item(String code) {
        return water.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
