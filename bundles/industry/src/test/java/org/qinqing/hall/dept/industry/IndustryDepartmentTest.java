package org.qinqing.hall.dept.industry;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.TestApplication;

public class IndustryDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    /** An enterprise registered in Nanshan (region 440305). */
    private static final String NANSHAN_CO = nanshan("71234567");
    /** An enterprise registered by the Shenzhen municipal authority (region 440300). */
    private static final String SHENZHEN_CO = "91440300123456788M";

    private final IndustryDepartment dept = new IndustryDepartment();

    static String nanshan(String body) {
        String first17 = "91440305" + body + CreditCodes.organisationCheck(body);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(dept);
        assertEquals("440305", NANSHAN_CO.substring(2, 8));
    }

    @Test
    public void reproducesTheCatalogueQuotas() {
        List<Item> items = dept.items();
        assertEquals(120, items.size());
        assertEquals(118, count(items, Flag.ONE_WINDOW));
        assertEquals(4, count(items, Flag.WECHAT));
        assertEquals(112, count(items, Flag.ZERO_VISIT));
        assertEquals(60, items.stream().filter(Item::halvedLimit).count());
        for (Item i : items) {
            assertTrue(i.code() + " max visits", i.maxVisits() <= 1);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " must be fully online", i.has(Flag.FULLY_ONLINE));
            }
        }
    }

    @Test
    public void theFundHas110ZeroVisitEnterpriseItemsUnderTheSevenSubPolicies() {
        List<Item> fund = dept.items().stream().filter(i -> i.code().startsWith("industry-fund-")).collect(Collectors.toList());
        assertEquals(110, fund.size());
        for (Item i : fund) {
            assertTrue(i.code(), i.type() == ItemType.PAYMENT || i.type() == ItemType.REWARD);
            assertEquals(i.code(), PartyType.ENTERPRISE, i.party());
            assertTrue(i.code(), i.has(Flag.ONE_WINDOW) && i.has(Flag.FULLY_ONLINE) && i.has(Flag.ZERO_VISIT));
            assertFalse(i.code(), i.has(Flag.WECHAT));
            assertEquals(0, i.maxVisits());
            assertTrue(i.code(), i.legalBasis().contains(FundPolicy.GENERAL_MEASURE));
            assertFalse(i.code() + ": " + i.description(), i.description().isEmpty() || i.description().matches(".*\\d\\.0[^\\d].*"));
            assertNotSame(i.code() + " has fund rules", ApprovalHandler.STANDARD, dept.handler(i.code()));
        }
        Set<FundPolicy> policies = FundItems.categories().stream().map(c -> c.policy).collect(Collectors.toSet());
        assertEquals(Set.of(FundPolicy.values()), policies);
    }

    @Test
    public void instantFundItemsAreSmallFixedRewardsTheirHandlerApproves() {
        for (FundCategory c : FundItems.categories()) {
            Item item = item(c.code());
            if (item.has(Flag.INSTANT_APPROVAL)) {
                assertEquals(c.code(), FundCategory.Family.CERTIFICATE, c.family);
                assertTrue(c.code(), c.tiers() == null && c.cap <= 200_000);
                assertTrue(c.code(), dept.handler(c.code()).approvesInstantly(award(c.code(), "2025-12-01").build()));
            }
        }
        assertFalse(dept.handler(code("single-champion")).approvesInstantly(award(code("single-champion"), "2025-12-01").build()));
    }

    @Test
    public void fundRejectsAnEnterpriseNotRegisteredInNanshanAtIntake() {
        Application a = rd(SHENZHEN_CO, 5_000, 800).build();
        CheckResult r = dept.handler(code("rd-investment")).check(a);
        assertEquals(CheckResult.Outcome.REJECT, r.outcome());
        assertTrue(r.findings().get(0).message().contains("440300"));
        assertEquals(CheckResult.Outcome.ACCEPT, dept.handler(code("rd-investment")).check(rd(NANSHAN_CO, 5_000, 800).build()).outcome());
        CheckResult award = dept.handler(code("hte-first")).check(TestApplication.of(item(code("hte-first"))).applicant(SHENZHEN_CO)
                .on(DAY).form(FundItems.CERTIFICATE_NO, "GR202544201234").form(FundItems.AWARD_DATE, "2025-12-01")
                .form(FundItems.RECEIVED, false).form(FundItems.ACCOUNT, "招商银行深圳分行 755900000000001").allMaterials().build());
        assertEquals(CheckResult.Outcome.REJECT, award.outcome());
    }

    @Test
    public void proportionalGrantIsRateTimesBaseUpToTheCap() {
        ApprovalHandler h = dept.handler(code("rd-investment"));
        Application ok = rd(NANSHAN_CO, 5_000, 800).build();
        assertEquals(List.of(), h.review(ok));
        assertEquals("800000", amount(h, ok));
        assertEquals("2000000", amount(h, rd(NANSHAN_CO, 50_000, 3_000).build()));
        List<Finding> small = h.review(rd(NANSHAN_CO, 500, 200).build());
        assertEquals(Set.of(FundItems.REVENUE, FundItems.BASE), small.stream().map(Finding::subject).collect(Collectors.toSet()));
    }

    @Test
    public void theSameCategoryIsGrantedOnlyOnceAYear() {
        Application twice = rd(NANSHAN_CO, 5_000, 800).form(FundItems.RECEIVED, true).build();
        List<Finding> f = dept.handler(code("rd-investment")).review(twice);
        assertEquals(1, f.size());
        assertEquals(FundItems.RECEIVED, f.get(0).subject());
        assertTrue(f.get(0).message().contains("每年度只能获得一次"));
    }

    @Test
    public void growthRewardNeedsTheGrowthRateAndPaysAShareOfTheIncrement() {
        ApprovalHandler h = dept.handler(code("value-added-growth"));
        Application grew = growth(10_000, 12_000).build();
        assertEquals(List.of(), h.review(grew));
        assertEquals("600000", amount(h, grew));
        List<Finding> slow = h.review(growth(10_000, 10_500).build());
        assertEquals(1, slow.size());
        assertTrue(slow.get(0).message(), slow.get(0).message().contains("5.00%"));
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(growth(0, 6_000).build()).outcome());
    }

    @Test
    public void certificateRewardIsFixedAndMustBeClaimedWithinTheWindow() {
        ApprovalHandler h = dept.handler(code("hte-first"));
        Application recent = award(code("hte-first"), "2025-12-01").build();
        assertEquals(List.of(), h.review(recent));
        assertEquals("100000", amount(h, recent));
        assertEquals(FundItems.AWARD_DATE, h.review(award(code("hte-first"), "2024-12-01").build()).get(0).subject());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(award(code("hte-first"), "2026-06-01").build()).outcome());
        assertEquals(TechAndManufacturingFund.HIGH_TECH_CERTIFICATE, item(code("hte-first")).material("certificate").kind());
    }

    @Test
    public void gradedRewardPaysTheShareOfTheGrade() {
        ApprovalHandler h = dept.handler(code("specialised"));
        assertEquals("1000000", amount(h, award(code("specialised"), "2025-10-01").form(FundItems.GRADE, "国家级专精特新“小巨人”企业").build()));
        assertEquals("300000", amount(h, award(code("specialised"), "2025-10-01").form(FundItems.GRADE, "广东省专精特新中小企业").build()));
    }

    @Test
    public void premisesSubsidyNeedsTheLeaseForARentAndTheCertificateForAPurchase() {
        String code = code("factory-space");
        ApprovalHandler h = dept.handler(code);
        Application noLease = premises(code, "租赁", "南山区西丽街道留仙大道1001号").allBut(FundItems.LEASE, FundItems.PROPERTY).build();
        CheckResult r = h.check(noLease);
        assertEquals(CheckResult.Outcome.SUPPLEMENT, r.outcome());
        assertEquals(FundItems.LEASE, r.findings().get(0).subject());
        Application rented = premises(code, "租赁", "南山区西丽街道留仙大道1001号").allBut(FundItems.PROPERTY).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(rented).outcome());
        assertEquals(List.of(), h.review(rented));
        assertEquals("288000", amount(h, rented)); // 2000 m² × 40 元 × 12 × 30%
        Application bought = premises(code, "购置", "南山区西丽街道留仙大道1001号").allBut(FundItems.LEASE).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(bought).outcome());
        assertEquals("1000000", amount(h, bought)); // 5% of 3000万 capped at 100万
        Application elsewhere = premises(code, "租赁", "宝安区福永街道1号").allBut(FundItems.PROPERTY).build();
        assertEquals(FundItems.ADDRESS, h.review(elsewhere).get(0).subject());
    }

    @Test
    public void financingSubsidyChecksTheCostAgainstThePrincipalAndTheContractDate() {
        ApprovalHandler h = dept.handler(code("sme-loan"));
        Application ok = loan(500, 20, "2025-06-01").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertEquals("100000", amount(h, ok));
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(loan(500, 80, "2025-06-01").build()).outcome());
        List<Finding> old = h.review(loan(30, 2, "2023-06-01").build());
        assertEquals(Set.of(FundItems.PRINCIPAL, FundItems.START), old.stream().map(Finding::subject).collect(Collectors.toSet()));
    }

    @Test
    public void headcountGrantCountsOnlyStaffAndRequiresTheCompanySize() {
        ApprovalHandler postdoc = dept.handler(code("postdoc-funding"));
        Application three = headcount(code("postdoc-funding"), 3, 100).build();
        assertEquals(List.of(), postdoc.review(three));
        assertEquals("300000", amount(postdoc, three));
        assertEquals(CheckResult.Outcome.SUPPLEMENT, postdoc.check(headcount(code("postdoc-funding"), 120, 100).build()).outcome());
        ApprovalHandler housing = dept.handler(code("talent-housing"));
        assertEquals(FundItems.STAFF, housing.review(headcount(code("talent-housing"), 10, 30).build()).get(0).subject());
        assertEquals(List.of(), housing.review(headcount(code("talent-housing"), 10, 60).build()));
    }

    @Test
    public void techRenovationFilingIsInstantBeforeConstructionAndFeedsTheRenovationSubsidy() {
        ApprovalHandler h = dept.handler(IndustryItems.TECH_RENOVATION);
        Application ok = renovation("2026-05-01", false, 800).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertTrue(h.approvesInstantly(ok));
        IssuedDocument doc = h.issue(ok).get(0);
        assertEquals(DAY.plusYears(2), doc.validUntil());
        Material reused = item(code("tech-renovation")).material("renovation-filing");
        assertEquals(doc.kind(), reused.kind());
        assertEquals(CheckResult.Outcome.REJECT, h.check(renovation("2026-05-01", true, 800).build()).outcome());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(renovation("2026-05-01", false, 1_500).build()).outcome());
        assertEquals("plannedStart", h.review(renovation("2026-01-10", false, 800).build()).get(0).subject());
    }

    @Test
    public void innovativeSpaceLeaseLimitsTheAreaByStaffAndAsksHighTechFirmsForTheCertificate() {
        ApprovalHandler h = dept.handler(IndustryItems.SPACE_LEASE);
        Application ok = space(true, 600, 40).allMaterials().build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        CheckResult noCert = h.check(space(true, 600, 40).allBut("high-tech-certificate").build());
        assertEquals("high-tech-certificate", noCert.findings().get(0).subject());
        List<Finding> tooBig = h.review(space(false, 1_500, 40).allMaterials().build());
        assertEquals(2, tooBig.size()); // revenue below 1000万 without high-tech status, and 1500 m² > 40 × 30 m²
    }

    @Test
    public void specialisedSmeRecommendationNeedsTwoYearsAndThreePercentResearch() {
        ApprovalHandler h = dept.handler(IndustryItems.SPECIALISED);
        Application ok = specialised("2019-05-01", 8_000, 400).build();
        assertEquals(List.of(), h.review(ok));
        List<Finding> bad = h.review(specialised("2025-01-01", 8_000, 160).build());
        assertEquals(Set.of("establishedDate", "rdExpense"), bad.stream().map(Finding::subject).collect(Collectors.toSet()));
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(specialised("2019-05-01", 800, 900).build()).outcome());
    }

    @Test
    public void scaleUpNurseryTakesOnlyEnterprisesJustBelowTheStatisticalScale() {
        ApprovalHandler h = dept.handler(IndustryItems.NURSERY);
        assertEquals(List.of(), h.review(nursery(1_600, 2_300, false).build()));
        assertEquals(1, h.review(nursery(2_500, 3_000, false).build()).size());
        assertEquals(CheckResult.Outcome.REJECT, h.check(nursery(1_600, 2_300, true).build()).outcome());
    }

    @Test
    public void keyEnterpriseServiceNeedsRevenueOrTaxAtTheThreshold() {
        ApprovalHandler h = dept.handler(IndustryItems.KEY_ENTERPRISE);
        assertEquals(List.of(), h.review(key(60_000, 1_000).build()));
        assertEquals(List.of(), h.review(key(20_000, 6_000).build()));
        assertEquals(1, h.review(key(20_000, 1_000).build()).size());
    }

    // ---------------------------------------------------------------- builders

    private Builder base(String code) {
        return new Builder(TestApplication.of(item(code)).applicant(NANSHAN_CO).name("深圳市南山测试科技有限公司").on(DAY), item(code))
                .form(FundItems.RECEIVED, false).form(FundItems.ACCOUNT, "招商银行深圳分行 755900000000001");
    }

    private TestApplication rd(String applicant, long revenue, long base) {
        return TestApplication.of(item(code("rd-investment"))).applicant(applicant).on(DAY).form(FundItems.REVENUE, revenue)
                .form(FundItems.BASE, base).form(FundItems.RECEIVED, false).form(FundItems.ACCOUNT, "招商银行深圳分行 755900000000001")
                .allMaterials();
    }

    private TestApplication growth(long previous, long current) {
        return base(code("value-added-growth")).form(FundItems.PREVIOUS, previous).form(FundItems.CURRENT, current).all();
    }

    private TestApplication award(String code, String date) {
        return base(code).form(FundItems.CERTIFICATE_NO, "GR202544201234").form(FundItems.AWARD_DATE, date).all();
    }

    private Builder premises(String code, String mode, String address) {
        return base(code).form(FundItems.MODE, mode).form(FundItems.ADDRESS, address).form(FundItems.AREA, 2_000)
                .form(FundItems.UNIT_PRICE, "租赁".equals(mode) ? 40 : 15_000).form(FundItems.REVENUE, 8_000);
    }

    private TestApplication loan(long principal, long cost, String start) {
        return base(code("sme-loan")).form(FundItems.PRINCIPAL, principal).form(FundItems.COST, cost).form(FundItems.START, start).all();
    }

    private TestApplication headcount(String code, long count, long staff) {
        return base(code).form(FundItems.COUNT, count).form(FundItems.STAFF, staff).all();
    }

    private TestApplication renovation(String start, boolean newLand, long equipment) {
        return base(IndustryItems.TECH_RENOVATION).plain().form("projectName", "智能产线升级改造项目")
                .form("projectAddress", "深圳市南山区西丽街道留仙大道1001号").form("totalInvestment", 1_200)
                .form("equipmentInvestment", equipment).form("plannedStart", start).form("newLand", newLand)
                .form("content", "购置自动化设备20台（套），改造生产线2条").all();
    }

    private Builder space(boolean highTech, long area, long staff) {
        return base(IndustryItems.SPACE_LEASE).plain().form("annualRevenue", 600).form("staff", staff).form("requestedArea", area)
                .form("highTech", highTech).form("ownsPremises", false);
    }

    private TestApplication specialised(String established, long revenue, long rd) {
        return base(IndustryItems.SPECIALISED).plain().form("establishedDate", established).form("staff", 120)
                .form("annualRevenue", revenue).form("rdExpense", rd).all();
    }

    private TestApplication nursery(long revenue, long expected, boolean aboveScale) {
        return base(IndustryItems.NURSERY).plain().form("annualRevenue", revenue).form("expectedRevenue", expected)
                .form("aboveScale", aboveScale).all();
    }

    private TestApplication key(long revenue, long tax) {
        return base(IndustryItems.KEY_ENTERPRISE).plain().form("annualRevenue", revenue).form("localTax", tax)
                .form("contactPhone", "13800138000").all();
    }

    /** Collects form values first so non-fund items can drop the fund's common fields. */
    private static final class Builder {
        private final TestApplication app;
        private final Item item;
        private final java.util.Map<String, Object> form = new java.util.LinkedHashMap<>();

        Builder(TestApplication app, Item item) {
            this.app = app;
            this.item = item;
        }

        Builder form(String key, Object value) {
            form.put(key, value);
            return this;
        }

        Builder plain() {
            form.remove(FundItems.RECEIVED);
            form.remove(FundItems.ACCOUNT);
            return this;
        }

        TestApplication all() {
            return allBut();
        }

        TestApplication allMaterials() {
            return allBut();
        }

        TestApplication allBut(String... skipped) {
            form.forEach(app::form);
            Set<String> skip = Set.of(skipped);
            for (Material m : item.materials()) {
                if (!skip.contains(m.code())) {
                    app.material(m.code());
                }
            }
            return app;
        }
    }

    private static String amount(ApprovalHandler h, Application a) {
        return h.issue(a).get(0).attributes().get("amount");
    }

    private static long count(List<Item> items, Flag flag) {
        return items.stream().filter(i -> i.has(flag)).count();
    }

    private static String code(String slug) {
        return FundItems.categories().stream().filter(c -> c.slug.equals(slug)).findFirst().orElseThrow().code();
    }

    private Item item(String code) {
        return dept.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
