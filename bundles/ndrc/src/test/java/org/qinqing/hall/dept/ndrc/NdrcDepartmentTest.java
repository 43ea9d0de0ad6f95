package org.qinqing.hall.dept.ndrc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.TestApplication;

public class NdrcDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String COMPANY = "91440300123456788M";
    /** A government organ registered in Nanshan (credit code category 11). */
    private static final String ORGAN = code("11440305", "00712345");
    /** Born 1990-01-01. */
    private static final String MAN_36 = "44030519900101123X";
    /** Born 2000-01-01. */
    private static final String WOMAN_26 = "440305200001010048";

    private final NdrcDepartment dept = new NdrcDepartment();

    static String code(String head, String body) {
        String first17 = head + body + CreditCodes.organisationCheck(body);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(dept);
    }

    @Test
    public void reproducesTheCatalogueQuotas() {
        List<Item> items = dept.items();
        assertEquals(14, items.size());
        assertEquals(9, count(items, Flag.ONE_WINDOW));
        assertEquals(4, count(items, Flag.WECHAT));
        assertEquals(6, count(items, Flag.ZERO_VISIT));
        assertEquals(5, items.stream().filter(Item::halvedLimit).count());
        for (Item i : items) {
            assertTrue(i.code(), i.maxVisits() <= 1);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " must be fully online", i.has(Flag.FULLY_ONLINE));
            }
        }
    }

    @Test
    public void investmentFilingIsInstantForProjectsOutsideTheApprovalCatalogueBeforeConstruction() {
        ApprovalHandler h = dept.handler(InvestmentItems.FILING);
        Application ok = filing(false, "深圳市南山区粤海街道科技园1号", "2026-06-01").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertTrue(h.approvesInstantly(ok));
        assertEquals(DAY.plusYears(2), h.issue(ok).get(0).validUntil());
        assertEquals(CheckResult.Outcome.REJECT, h.check(filing(true, "深圳市南山区粤海街道科技园1号", "2026-06-01").build()).outcome());
        assertEquals(2, h.review(filing(false, "深圳市宝安区新安街道1号", "2026-01-01").build()).size());
    }

    @Test
    public void projectApprovalAsksForTheLandOpinionWhenNewLandIsNeeded() {
        ApprovalHandler h = dept.handler(InvestmentItems.APPROVAL);
        TestApplication t = TestApplication.of(item(InvestmentItems.APPROVAL)).applicant(COMPANY).on(DAY).form("projectName", "某数据中心项目")
                .form("projectAddress", "深圳市南山区西丽街道1号").form("totalInvestment", 50_000).form("newLand", true);
        Application noOpinion = t.material("business-licence").material("application-report").build();
        assertEquals("land-opinion", h.check(noOpinion).findings().get(0).subject());
        Application complete = TestApplication.of(item(InvestmentItems.APPROVAL)).applicant(COMPANY).on(DAY).form("projectName", "某数据中心项目")
                .form("projectAddress", "深圳市南山区西丽街道1号").form("totalInvestment", 50_000).form("newLand", true).allMaterials().build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(complete).outcome());
        assertEquals(InvestmentItems.APPROVAL_KIND, h.issue(complete).get(0).kind());
        assertEquals(InvestmentItems.APPROVAL_KIND, item(InvestmentItems.EXTENSION).material("approval").kind());
    }

    @Test
    public void approvalExtensionIsOnceAndAtLeastThirtyDaysBeforeExpiry() {
        ApprovalHandler h = dept.handler(InvestmentItems.EXTENSION);
        Application early = extension("2024-06-01", false).build();
        assertEquals(List.of(), h.review(early));
        assertEquals(LocalDate.of(2027, 6, 1), h.issue(early).get(0).validUntil());
        assertEquals(1, h.review(extension("2024-03-20", false).build()).size());
        assertTrue(h.review(extension("2024-01-10", false).build()).get(0).message().contains("失效"));
        assertEquals(CheckResult.Outcome.REJECT, h.check(extension("2024-06-01", true).build()).outcome());
    }

    @Test
    public void tenderSchemeKeepsStateControlledProjectsOpenUnlessALegalCaseApplies() {
        ApprovalHandler h = dept.handler(InvestmentItems.TENDER);
        assertEquals(CheckResult.Outcome.REJECT, h.check(tender(300, 80, "公开招标", null).build()).outcome());
        Application open = tender(2_000, 80, "公开招标", null).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(open).outcome());
        assertEquals(List.of(), h.review(open));
        assertEquals("invitationReason", h.review(tender(2_000, 80, "邀请招标", null).build()).get(0).subject());
        assertEquals(List.of(), h.review(tender(2_000, 80, "邀请招标", TenderScheme.REASONS[0]).build()));
        assertEquals(List.of(), h.review(tender(2_000, 30, "邀请招标", null).build()));
    }

    @Test
    public void energyReviewCoversOnlyTheDistrictBand() {
        ApprovalHandler h = dept.handler(InvestmentItems.ENERGY_REVIEW);
        assertEquals(CheckResult.Outcome.REJECT, h.check(energy(800, 300).build()).outcome());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(energy(800, 600).build()).outcome());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(energy(2_000, 300).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(energy(6_000, 3_000).build()).outcome());
        assertEquals(DAY.plusYears(2), h.issue(energy(2_000, 300).build()).get(0).validUntil());
    }

    @Test
    public void governmentProjectBudgetMayNotExceedTheFeasibilityEstimateByMoreThanTenPercent() {
        ApprovalHandler h = dept.handler(InvestmentItems.BUDGET);
        assertEquals(List.of(), h.review(budget(10_800, 10_000).build()));
        assertEquals("investment", h.review(budget(11_500, 10_000).build()).get(0).subject());
        assertEquals(GovernmentProject.Stage.FEASIBILITY.kind, item(InvestmentItems.BUDGET).material("previous-approval").kind());
        Application proposal = TestApplication.of(item(InvestmentItems.PROPOSAL)).applicant(ORGAN).on(DAY).form("projectName", "南山区某学校改扩建工程")
                .form("investment", 9_000).allMaterials().build();
        assertEquals(GovernmentProject.Stage.PROPOSAL.kind, dept.handler(InvestmentItems.PROPOSAL).issue(proposal).get(0).kind());
    }

    @Test
    public void priceDeterminationIsEntrustedOnlyByOrgans() {
        ApprovalHandler h = dept.handler(NdrcItems.PRICE);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(price(ORGAN).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(price(COMPANY).build()).outcome());
    }

    @Test
    public void grainPurchaseFilingNeedsStorageForAMonthOfPurchases() {
        ApprovalHandler h = dept.handler(NdrcItems.GRAIN_PURCHASE);
        assertEquals(List.of(), h.review(grain(1_200, 200).allMaterials().build()));
        assertEquals("storageCapacity", h.review(grain(1_200, 50).allMaterials().build()).get(0).subject());
        Application noProof = grain(1_200, 200).material("business-licence").build();
        assertEquals("storage-proof", h.check(noProof).findings().get(0).subject());
    }

    @Test
    public void distributedPvIsCappedAtFiftyKilowattsForHouseholdsAndNeedsTheRoofAgreement() {
        ApprovalHandler h = dept.handler(NdrcItems.PV);
        Application household = pv(MAN_36, DAY, 30, true).allMaterials().build();
        assertEquals(List.of(), h.review(household));
        assertTrue(h.approvesInstantly(household));
        assertEquals("capacityKw", h.review(pv(MAN_36, DAY, 80, true).allMaterials().build()).get(0).subject());
        assertEquals(List.of(), h.review(pv(COMPANY, DAY, 80, true).allMaterials().build()));
        Application noAgreement = pv(COMPANY, DAY, 80, false).material("applicant-id").material("roof-title").build();
        assertEquals("roof-agreement", h.check(noAgreement).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.REJECT, h.check(pv(WOMAN_26, LocalDate.of(2015, 6, 1), 10, true).allMaterials().build()).outcome());
    }

    @Test
    public void creditRepairWaitsForTheMinimumPublicationPeriodAndFulfilment() {
        ApprovalHandler h = dept.handler(NdrcItems.CREDIT);
        String ordinary = CreditRepair.SEVERITIES[1];
        String severe = CreditRepair.SEVERITIES[2];
        assertEquals(CheckResult.Outcome.REJECT, h.check(credit(CreditRepair.SEVERITIES[0], "2025-10-01", true).build()).outcome());
        assertEquals(List.of(), h.review(credit(ordinary, "2025-10-01", true).build()));
        assertEquals(1, h.review(credit(ordinary, "2026-01-15", true).build()).size());
        assertTrue(h.review(credit(severe, "2025-06-01", true).build()).get(0).message().contains("2026-06-01"));
        assertEquals("fulfilled", h.review(credit(ordinary, "2025-10-01", false).build()).get(0).subject());
    }

    @Test
    public void energyUseReportIsForKeyUnitsAndAsksForMeasuresAfterARise() {
        ApprovalHandler h = dept.handler(NdrcItems.ENERGY_REPORT);
        assertEquals(CheckResult.Outcome.REJECT, h.check(energyReport(2025, 4_000, 3_900).allMaterials().build()).outcome());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(energyReport(2025, 8_000, 7_600).material("energy-report").build()).outcome());
        CheckResult rose = h.check(energyReport(2025, 9_600, 8_000).material("energy-report").build());
        assertEquals("improvement-plan", rose.findings().get(0).subject());
        assertEquals("reportYear", h.check(energyReport(2024, 8_000, 7_600).allMaterials().build()).findings().get(0).subject());
    }

    // ---------------------------------------------------------------- builders

    private TestApplication filing(boolean catalogue, String address, String start) {
        return TestApplication.of(item(InvestmentItems.FILING)).applicant(COMPANY).on(DAY).form("projectName", "研发总部建设项目")
                .form("projectAddress", address).form("totalInvestment", 30_000).form("fixedAssets", 25_000).form("plannedStart", start)
                .form("inApprovalCatalogue", catalogue).form("content", "新建研发办公楼一栋").allMaterials();
    }

    private TestApplication extension(String approved, boolean before) {
        return TestApplication.of(item(InvestmentItems.EXTENSION)).applicant(COMPANY).on(DAY).form("approvalDate", approved)
                .form("extendedBefore", before).allMaterials();
    }

    private TestApplication tender(long value, long stateShare, String method, String reason) {
        TestApplication t = TestApplication.of(item(InvestmentItems.TENDER)).applicant(COMPANY).on(DAY).form("constructionValue", value)
                .form("stateShare", stateShare).form("method", method).form("organisation", "委托招标").allMaterials();
        return reason == null ? t : t.form("invitationReason", reason);
    }

    private TestApplication energy(long tce, long kwh) {
        return TestApplication.of(item(InvestmentItems.ENERGY_REVIEW)).applicant(COMPANY).on(DAY).form("projectName", "某制造基地")
                .form("energyUse", tce).form("electricityUse", kwh).allMaterials();
    }

    private TestApplication budget(long budget, long estimate) {
        return TestApplication.of(item(InvestmentItems.BUDGET)).applicant(ORGAN).on(DAY).form("projectName", "南山区某学校改扩建工程")
                .form("investment", budget).form("approvedInvestment", estimate).allMaterials();
    }

    private TestApplication price(String applicant) {
        return TestApplication.of(item(NdrcItems.PRICE)).applicant(applicant).on(DAY).form("purpose", "刑事案件办理")
                .form("benchmarkDate", "2026-01-15").form("subject", "手机2部").allMaterials();
    }

    private TestApplication grain(long volume, long capacity) {
        return TestApplication.of(item(NdrcItems.GRAIN_PURCHASE)).applicant(COMPANY).on(DAY).form("principal", "张三")
                .form("annualVolume", volume).form("storageCapacity", capacity);
    }

    private TestApplication pv(String applicant, LocalDate on, long kw, boolean ownRoof) {
        return TestApplication.of(item(NdrcItems.PV)).applicant(applicant).on(on).form("address", "深圳市南山区蛇口街道1号")
                .form("capacityKw", kw).form("ownRoof", ownRoof);
    }

    private TestApplication credit(String severity, String date, boolean fulfilled) {
        return TestApplication.of(item(NdrcItems.CREDIT)).applicant(COMPANY).on(DAY).form("decisionNumber", "深南市监罚〔2025〕100号")
                .form("decisionDate", date).form("severity", severity).form("fulfilled", fulfilled).allMaterials();
    }

    private TestApplication energyReport(long year, long use, long previous) {
        return TestApplication.of(item(NdrcItems.ENERGY_REPORT)).applicant(COMPANY).on(DAY).form("reportYear", year)
                .form("energyUse", use).form("previousEnergyUse", previous);
    }

    private static long count(List<Item> items, Flag flag) {
        return items.stream().filter(i -> i.has(flag)).count();
    }

    private Item item(String code) {
        return dept.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
