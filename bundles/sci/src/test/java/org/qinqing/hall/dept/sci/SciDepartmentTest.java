package org.qinqing.hall.dept.sci;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.api.identity.ResidentIds;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.TestApplication;

public class SciDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String NANSHAN_CO = credit("91440305", "71234567");
    private static final String SHENZHEN_CO = "91440300123456788M";
    private static final String BEIJING_CO = "91110000600037341L";
    /** Born 1990-01-01, 36 on DAY. */
    private static final String MAN_36 = "44030519900101123X";
    /** Born 1970-06-01, 55 on DAY. */
    private static final String MAN_55 = "440305197006011352";
    /** A Hong Kong resident's residence permit, born 1995-01-01. */
    private static final String HK_31 = resident("81000019950101123");
    /** A Macao resident's residence permit, born 1970-01-01. */
    private static final String MACAO_56 = resident("82000019700101123");

    private final SciDepartment dept = new SciDepartment();

    static String credit(String head, String body) {
        String first17 = head + body + CreditCodes.organisationCheck(body);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    static String resident(String first17) {
        return first17 + ResidentIds.checkCharacter(first17);
    }

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(dept);
    }

    @Test
    public void reproducesTheCatalogueQuotas() {
        List<Item> items = dept.items();
        assertEquals(20, items.size());
        assertEquals(14, count(items, Flag.ONE_WINDOW));
        assertEquals(6, count(items, Flag.WECHAT));
        assertEquals(11, count(items, Flag.ZERO_VISIT));
        assertEquals(8, items.stream().filter(Item::halvedLimit).count());
        for (Item i : items) {
            assertTrue(i.code(), i.maxVisits() <= 1);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " must be fully online", i.has(Flag.FULLY_ONLINE));
            }
        }
    }

    @Test
    public void certificatesAreSharedWithTheIndustryFundByVaultKind() {
        assertEquals("high-tech-enterprise-certificate", item(SciEnterpriseItems.TECH_SME).material("high-tech-certificate").kind());
        IssuedDocument registration = dept.handler(SciEnterpriseItems.TECH_SME).issue(sme(100, 30, 5_000, 300, 0, 1, false).build()).get(0);
        assertEquals("tech-sme-registration", registration.kind());
        assertEquals(LocalDate.of(2026, 12, 31), registration.validUntil());
    }

    @Test
    public void techSmeEvaluationScoresStaffResearchAndPropertyAndPassesAtSixty() {
        ApprovalHandler h = dept.handler(SciEnterpriseItems.TECH_SME);
        Application good = sme(100, 30, 5_000, 300, 0, 1, false).build(); // 20 + 50 + 6
        assertEquals(76, TechSmeEvaluation.score(good));
        assertEquals(List.of(), h.review(good));
        assertTrue(h.approvesInstantly(good));
        Application low = sme(100, 12, 5_000, 125, 0, 0, false).build(); // 4 + 10 + 0
        assertEquals(14, TechSmeEvaluation.score(low));
        assertTrue(h.review(low).get(0).message().contains("14分"));
        assertEquals("techStaff", h.review(sme(100, 8, 5_000, 400, 1, 0, false).build()).get(0).subject());
        assertEquals(List.of(), h.review(sme(100, 8, 5_000, 50, 0, 0, true).build())); // direct confirmation by high-tech status
        assertEquals(1, h.review(sme(600, 300, 5_000, 400, 1, 0, false).build()).size());
    }

    @Test
    public void techSmeEvaluationAsksHighTechEnterprisesForTheCertificate() {
        Application noCert = TestApplication.of(item(SciEnterpriseItems.TECH_SME)).applicant(SHENZHEN_CO).on(DAY).form("staff", 100)
                .form("techStaff", 8).form("revenue", 5_000).form("assets", 3_000).form("rdExpense", 50).form("ipClassOne", 0)
                .form("ipClassTwo", 0).form("highTech", true).form("seriousIncident", false).material("business-licence")
                .material("financials").build();
        assertEquals("high-tech-certificate", dept.handler(SciEnterpriseItems.TECH_SME).check(noCert).findings().get(0).subject());
    }

    @Test
    public void highTechRecognitionAppliesTheResearchShareOfTheRevenueBand() {
        ApprovalHandler h = dept.handler(SciEnterpriseItems.HIGH_TECH);
        Application good = highTech("2020-05-01", 8_000, 900).build(); // 4.5% of revenue ≥ 4% for 5000万–2亿
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(good).outcome());
        assertEquals(List.of(), h.review(good));
        List<Finding> small = h.review(highTech("2025-06-01", 3_000, 900).build()); // 4.5% < 5% for up to 5000万, and under a year
        assertEquals(Set.of("rd3y", "establishedDate"), subjects(small));
        assertEquals(CheckResult.Outcome.REJECT, h.check(highTech("2020-05-01", 8_000, 900).applicant(SHENZHEN_CO).build()).outcome());
    }

    @Test
    public void highTechNurseryIsForEnterprisesNotYetRecognised() {
        ApprovalHandler h = dept.handler(SciEnterpriseItems.NURSERY);
        assertEquals(List.of(), h.review(nursery(false, 2).build()));
        assertEquals("ipCount", h.review(nursery(false, 0).build()).get(0).subject());
        assertEquals(CheckResult.Outcome.REJECT, h.check(nursery(true, 2).build()).outcome());
    }

    @Test
    public void technologyContractIsRegisteredByTheSellerWithTheTechnicalAmountWithinTheContract() {
        ApprovalHandler h = dept.handler(SciEnterpriseItems.CONTRACT);
        Application ok = contract(TechContractRegistration.ROLES[0], 500, 450, "深圳某大学").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertEquals("450", h.issue(ok).get(0).attributes().get("technicalAmount"));
        assertEquals(CheckResult.Outcome.REJECT, h.check(contract(TechContractRegistration.ROLES[1], 500, 450, "深圳某大学").build()).outcome());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(contract(TechContractRegistration.ROLES[0], 500, 600, "深圳某大学").build()).outcome());
        assertEquals(1, h.review(contract(TechContractRegistration.ROLES[0], 500, 450, "深圳南山测试科技有限公司").build()).size());
    }

    @Test
    public void incubatorRecognitionChecksAreaTenantsShareAndOperatingTime() {
        ApprovalHandler h = dept.handler(SciCarriers.INCUBATOR);
        Application ok = incubator("2024-01-01", 3_000, 2_400, 25).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertEquals(DAY.plusYears(3), h.issue(ok).get(0).validUntil());
        List<Finding> bad = h.review(incubator("2025-10-01", 1_500, 1_000, 10).build());
        assertEquals(Set.of(MinimumRequirements.START, "area", "tenants", "incubationArea"), subjects(bad));
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(incubator("2024-01-01", 3_000, 3_500, 25).build()).outcome());
    }

    @Test
    public void newRdInstitutionNeedsResearchersAndSpendingShares() {
        ApprovalHandler h = dept.handler(SciCarriers.NEW_RD);
        TestApplication t = carrier(SciCarriers.NEW_RD, "2023-01-01").form("area", 1_500).form("researchers", 40).form("staff", 100)
                .form("annualRd", 600).form("annualIncome", 1_500);
        assertEquals(List.of(), h.review(t.build()));
        TestApplication weak = carrier(SciCarriers.NEW_RD, "2023-01-01").form("area", 1_500).form("researchers", 40).form("staff", 200)
                .form("annualRd", 400).form("annualIncome", 2_000);
        assertEquals(Set.of("researchers", "annualRd"), subjects(h.review(weak.build())));
    }

    @Test
    public void advancedServiceEnterpriseNeedsOffshoreIncomeOfThirtyFivePercent() {
        ApprovalHandler h = dept.handler(SciEnterpriseItems.ADVANCED_SERVICE);
        assertEquals(List.of(), h.review(advanced(400, 3_000, 1_200).build()));
        assertEquals(Set.of("collegeStaff", "offshoreIncome"), subjects(h.review(advanced(200, 3_000, 800).build())));
    }

    @Test
    public void highTechChangeIsReportedWithinThreeMonthsAndKeepsTheCertificateValidity() {
        ApprovalHandler h = dept.handler(SciEnterpriseItems.HIGH_TECH_CHANGE);
        Application rename = change("更名", "2026-01-10", "深圳南山新名称科技有限公司", 20).build();
        assertEquals(List.of(), h.review(rename));
        assertEquals(LocalDate.of(2027, 12, 1), h.issue(rename).get(0).validUntil());
        assertEquals("changeDate", h.review(change("更名", "2025-10-01", "深圳南山新名称科技有限公司", 20).build()).get(0).subject());
        assertEquals("techStaff", h.review(change("重组", "2026-01-10", null, 5).build()).get(0).subject());
        assertEquals("newName", h.check(change("更名", "2026-01-10", null, 20).build()).findings().get(0).subject());
    }

    @Test
    public void projectAcceptanceIsWithinSixMonthsOfTheEndWithTheAuditForLargeFunding() {
        ApprovalHandler h = dept.handler(SciEnterpriseItems.ACCEPTANCE);
        Application ok = acceptance("2026-01-15", 150, 900).allMaterials().build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        Application noAudit = acceptance("2026-01-15", 150, 900).material("business-licence").material("summary").build();
        assertEquals("audit", h.check(noAudit).findings().get(0).subject());
        assertEquals("endDate", h.review(acceptance("2025-06-01", 50, 900).allMaterials().build()).get(0).subject());
        assertEquals("endDate", h.review(acceptance("2026-06-01", 50, 900).allMaterials().build()).get(0).subject());
        assertEquals("spent", h.review(acceptance("2026-01-15", 50, 600).allMaterials().build()).get(0).subject());
    }

    @Test
    public void achievementRegistrationNeedsTheProofOfItsCategory() {
        ApprovalHandler h = dept.handler(SciPeopleItems.ACHIEVEMENT);
        assertEquals(CheckResult.Outcome.REJECT, h.check(achievement("应用技术成果", true).material("ip-proof").build()).outcome());
        assertEquals("evaluation-proof", h.check(achievement("应用技术成果", false).build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(achievement("应用技术成果", false).material("ip-proof").build()).outcome());
        assertEquals("papers", h.check(achievement("基础理论成果", false).material("ip-proof").build()).findings().get(0).subject());
    }

    @Test
    public void expertPoolTakesSeniorTitlesOrExperiencedDoctorsUnderSeventy() {
        ApprovalHandler h = dept.handler(SciPeopleItems.EXPERT);
        assertEquals(List.of(), h.review(expert(MAN_55, DAY, "副高级", "本科", 20).allMaterials().build()));
        assertEquals(List.of(), h.review(expert(MAN_36, DAY, "无", "博士研究生", 4).allMaterials().build()));
        assertEquals(1, h.review(expert(MAN_36, DAY, "中级", "硕士研究生", 10).allMaterials().build()).size());
        assertEquals(CheckResult.Outcome.REJECT, h.check(expert(MAN_55, LocalDate.of(2040, 6, 1), "正高级", "博士研究生", 30)
                .allMaterials().build()).outcome());
        Application noCert = expert(MAN_55, DAY, "副高级", "本科", 20).material("id-card").material("degree").build();
        assertEquals("title-certificate", h.check(noCert).findings().get(0).subject());
    }

    @Test
    public void technologyBrokerNeedsCollegeEducationAndRecentTraining() {
        ApprovalHandler h = dept.handler(SciPeopleItems.BROKER);
        assertEquals(List.of(), h.review(broker("大学本科", "2024-09-01").build()));
        assertEquals(Set.of("education", "trainingDate"), subjects(h.review(broker("高中及以下", "2022-09-01").build())));
    }

    @Test
    public void returneeParkEntryNeedsTheDegreeAYoungShenzhenCompanyAndTenPercent() {
        ApprovalHandler h = dept.handler(SciPeopleItems.RETURNEE);
        assertEquals(List.of(), h.review(returnee("硕士", 0, NANSHAN_CO, "2025-03-01", 30).build()));
        List<Finding> bad = h.review(returnee("学士", 0, BEIJING_CO, "2021-03-01", 5).build());
        assertEquals(Set.of("overseasWorkYears", "companyCode", "companyRegistered", "shareholding"), subjects(bad));
    }

    @Test
    public void hkMacaoYouthBaseIsForHongKongAndMacaoResidentsAgedEighteenToFortyFive() {
        ApprovalHandler h = dept.handler(SciPeopleItems.HK_MACAO);
        Application hk = youth(HK_31).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(hk).outcome());
        assertEquals(List.of(), h.review(hk));
        assertEquals(CheckResult.Outcome.REJECT, h.check(youth(MAN_36).build()).outcome());
        assertEquals(1, h.review(youth(MACAO_56).build()).size());
    }

    @Test
    public void nonprofitReviewIsForScienceScopesWithStaffPremisesAndFunds() {
        ApprovalHandler h = dept.handler(SciPeopleItems.NONPROFIT);
        assertEquals(List.of(), h.review(nonprofit("科学技术普及", 5, 10).build()));
        assertEquals(Set.of("staff", "funds"), subjects(h.review(nonprofit("科学技术普及", 2, 1).build())));
        assertEquals(CheckResult.Outcome.REJECT, h.check(nonprofit("其他", 5, 10).build()).outcome());
    }

    // ---------------------------------------------------------------- builders

    private TestApplication sme(long staff, long tech, long revenue, long rd, long classOne, long classTwo, boolean highTech) {
        return TestApplication.of(item(SciEnterpriseItems.TECH_SME)).applicant(SHENZHEN_CO).on(DAY).form("staff", staff)
                .form("techStaff", tech).form("revenue", revenue).form("assets", 3_000).form("rdExpense", rd)
                .form("ipClassOne", classOne).form("ipClassTwo", classTwo).form("highTech", highTech)
                .form("seriousIncident", false).allMaterials();
    }

    private TestApplication highTech(String established, long revenueLastYear, long rd3y) {
        return TestApplication.of(item(SciEnterpriseItems.HIGH_TECH)).applicant(NANSHAN_CO).name("深圳南山测试科技有限公司").on(DAY)
                .form("establishedDate", established).form("staff", 100).form("techStaff", 20).form("revenueLastYear", revenueLastYear)
                .form("revenue3y", 20_000).form("rd3y", rd3y).form("domesticRd3y", rd3y).form("hiTechIncome", 6_000)
                .form("totalIncome", 8_000).form("coreIp", 3).form("innovationScore", 80).form("seriousIncident", false).allMaterials();
    }

    private TestApplication nursery(boolean highTech, long ip) {
        return TestApplication.of(item(SciEnterpriseItems.NURSERY)).applicant(NANSHAN_CO).on(DAY).form("staff", 30).form("techStaff", 6)
                .form("revenue", 800).form("rdExpense", 50).form("ipCount", ip).form("highTech", highTech).allMaterials();
    }

    private TestApplication contract(String role, long amount, long technical, String counterparty) {
        return TestApplication.of(item(SciEnterpriseItems.CONTRACT)).applicant(NANSHAN_CO).name("深圳南山测试科技有限公司").on(DAY)
                .form("contractType", "技术开发").form("role", role).form("counterparty", counterparty).form("signedDate", "2026-02-10")
                .form("endDate", "2026-12-31").form("contractAmount", amount).form("technicalAmount", technical).allMaterials();
    }

    private TestApplication carrier(String code, String since) {
        return TestApplication.of(item(code)).applicant(SHENZHEN_CO).on(DAY).form(MinimumRequirements.ADDRESS, "深圳市南山区粤海街道科技园1号")
                .form(MinimumRequirements.START, since).allMaterials();
    }

    private TestApplication incubator(String since, long area, long incubation, long tenants) {
        return carrier(SciCarriers.INCUBATOR, since).form("area", area).form("incubationArea", incubation).form("tenants", tenants)
                .form("serviceStaff", 6);
    }

    private TestApplication advanced(long college, long total, long offshore) {
        return TestApplication.of(item(SciEnterpriseItems.ADVANCED_SERVICE)).applicant(NANSHAN_CO).on(DAY).form("staff", 500)
                .form("collegeStaff", college).form("totalIncome", total).form("advancedIncome", 2_000).form("offshoreIncome", offshore)
                .allMaterials();
    }

    private TestApplication change(String type, String date, String newName, long tech) {
        TestApplication t = TestApplication.of(item(SciEnterpriseItems.HIGH_TECH_CHANGE)).applicant(NANSHAN_CO).on(DAY)
                .form("changeType", type).form("changeDate", date).form("staff", 100).form("techStaff", tech)
                .material("high-tech-certificate", LocalDate.of(2027, 12, 1), Map.of("certificateNumber", "GR202444201234"))
                .material("change-notice");
        return newName == null ? t : t.form("newName", newName);
    }

    private TestApplication acceptance(String end, long funding, long spent) {
        return TestApplication.of(item(SciEnterpriseItems.ACCEPTANCE)).applicant(NANSHAN_CO).on(DAY).form("projectNumber", "KJ2024-0031")
                .form("endDate", end).form("funding", funding).form("budget", 1_000).form("spent", spent);
    }

    private TestApplication achievement(String category, boolean classified) {
        return TestApplication.of(item(SciPeopleItems.ACHIEVEMENT)).applicant(MAN_36).on(DAY).form("category", category)
                .form("title", "一种低功耗无线传感芯片").form("completedDate", "2025-11-30").form("classified", classified)
                .material("registration-form");
    }

    private TestApplication expert(String person, LocalDate on, String title, String education, long years) {
        return TestApplication.of(item(SciPeopleItems.EXPERT)).applicant(person).on(on).form("title", title).form("education", education)
                .form("workYears", years).form("speciality", "电子信息").form("employer", "深圳某研究院");
    }

    private TestApplication broker(String education, String trained) {
        return TestApplication.of(item(SciPeopleItems.BROKER)).applicant(MAN_36).on(DAY).form("education", education)
                .form("trainingDate", trained).allMaterials();
    }

    private TestApplication returnee(String degree, long years, String company, String registered, long share) {
        return TestApplication.of(item(SciPeopleItems.RETURNEE)).applicant(MAN_36).on(DAY).form("overseasDegree", degree)
                .form("overseasWorkYears", years).form("companyCode", company).form("companyRegistered", registered)
                .form("shareholding", share).allMaterials();
    }

    private TestApplication youth(String person) {
        return TestApplication.of(item(SciPeopleItems.HK_MACAO)).applicant(person).on(DAY).form("projectName", "跨境智慧物流平台")
                .form("teamSize", 4).allMaterials();
    }

    private TestApplication nonprofit(String scope, long staff, long funds) {
        return TestApplication.of(item(SciPeopleItems.NONPROFIT)).applicant(MAN_36).on(DAY).form("orgName", "深圳市南山区某科普促进中心")
                .form("scope", scope).form("staff", staff).form("funds", funds).form("premisesArea", 120).allMaterials();
    }

    private static Set<String> subjects(List<Finding> findings) {
        return findings.stream().map(Finding::subject).collect(Collectors.toSet());
    }

    private static long count(List<Item> items, Flag flag) {
        return items.stream().filter(i -> i.has(flag)).count();
    }

    private Item item(String code) {
        return dept.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
