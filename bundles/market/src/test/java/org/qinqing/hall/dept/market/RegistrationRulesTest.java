package org.qinqing.hall.dept.market;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.dept.market.Fixtures.COMPANY;
import static org.qinqing.hall.dept.market.Fixtures.DAY;
import static org.qinqing.hall.dept.market.Fixtures.MAN_36;
import static org.qinqing.hall.dept.market.Fixtures.app;
import static org.qinqing.hall.dept.market.Fixtures.handler;
import static org.qinqing.hall.dept.market.Fixtures.person;

import java.util.List;
import org.junit.Test;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.contract.TestApplication;

/** The rules of commercial registration, each shown admitting a good application and refusing a bad one. */
public class RegistrationRulesTest {
    private static final ApprovalHandler REGISTRATION = handler(MarketItems.BUSINESS_REGISTRATION);

    static TestApplication company(String applicant) {
        return app(MarketItems.BUSINESS_REGISTRATION, applicant).form("enterpriseName", "深圳市味道餐饮管理有限公司")
                .form("tradeName", "味道").form("organisationForm", "有限责任公司").form("registeredCapital", 50)
                .form("investors", 2).form("contributionDeadline", "2030-12-31").form("legalRepresentativeId", MAN_36)
                .form("businessScope", "餐饮服务；食品销售；餐饮管理").form("address", "深圳市南山区粤海街道科技园路1号");
    }

    private static List<Finding> review(TestApplication t) {
        return REGISTRATION.review(t.build());
    }

    @Test
    public void registrationAdmitsAFounderSettingUpALimitedCompanyAndApprovesInstantly() {
        Application a = company(MAN_36).build();
        assertEquals(CheckResult.Outcome.ACCEPT, REGISTRATION.check(a).outcome());
        assertEquals(List.of(), REGISTRATION.review(a));
        assertTrue(REGISTRATION.approvesInstantly(a));
    }

    @Test
    public void registrationIssuesABusinessLicenceWithAValidCreditCodeAndTheScope() {
        IssuedDocument licence = REGISTRATION.issue(company(MAN_36).build()).get(0);
        assertEquals("business-licence", licence.kind());
        assertEquals(null, licence.validUntil());
        String code = licence.attributes().get("creditCode");
        assertEquals(code, CreditCodes.validate(code));
        assertTrue(code.startsWith("91440300"));
        assertEquals("餐饮服务；食品销售；餐饮管理", licence.attributes().get("businessScope"));
    }

    @Test
    public void registrationAsksToCorrectANegativeCapital() {
        CheckResult r = REGISTRATION.check(company(MAN_36).form("registeredCapital", -1).build());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, r.outcome());
        assertEquals("registeredCapital", r.findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, REGISTRATION.check(company(MAN_36).form("registeredCapital", 0).build()).outcome());
    }

    @Test
    public void registrationAdmitsOneToFiftyShareholdersOfALimitedCompany() {
        assertEquals(List.of(), review(company(MAN_36).form("investors", 1)));
        assertEquals(List.of(), review(company(MAN_36).form("investors", 50)));
        assertEquals("investors", review(company(MAN_36).form("investors", 51)).get(0).subject());
    }

    @Test
    public void registrationNeedsTwoPartnersAndTheWordsOfThePartnershipInItsName() {
        TestApplication partnership = company(MAN_36).form("organisationForm", "普通合伙企业")
                .form("enterpriseName", "深圳市味道餐饮管理中心（普通合伙）").form("contributionDeadline", "2040-01-01");
        assertEquals(List.of(), review(partnership));
        assertEquals("investors", review(partnership.form("investors", 1)).get(0).subject());
        List<Finding> noWords = review(company(MAN_36).form("organisationForm", "有限合伙企业").form("enterpriseName", "深圳市味道餐饮管理中心"));
        assertTrue(noWords.toString(), noWords.get(0).message().contains("有限合伙"));
    }

    @Test
    public void registrationRequiresALimitedCompanysCapitalPaidWithinFiveYears() {
        assertEquals(List.of(), review(company(MAN_36).form("contributionDeadline", "2031-03-02")));
        List<Finding> late = review(company(MAN_36).form("contributionDeadline", "2031-03-03"));
        assertEquals(1, late.size());
        assertEquals("contributionDeadline", late.get(0).subject());
        Application none = TestApplication.of(Fixtures.item(MarketItems.BUSINESS_REGISTRATION)).applicant(MAN_36).on(DAY)
                .form("enterpriseName", "深圳市味道餐饮管理有限公司").form("tradeName", "味道").form("organisationForm", "有限责任公司")
                .form("registeredCapital", 50).form("investors", 2).form("legalRepresentativeId", MAN_36)
                .form("businessScope", "餐饮服务").form("address", "深圳市南山区").allMaterials().build();
        assertEquals("contributionDeadline", REGISTRATION.review(none).get(0).subject());
    }

    @Test
    public void registrationRefusesASoleProprietorshipFoundedByACompany() {
        TestApplication sole = company(MAN_36).form("organisationForm", "个人独资企业").form("investors", 1)
                .form("enterpriseName", "深圳市南山区味道餐饮店");
        assertEquals(List.of(), review(sole));
        TestApplication byCompany = company(COMPANY).form("organisationForm", "个人独资企业").form("investors", 1)
                .form("enterpriseName", "深圳市南山区味道餐饮店");
        assertEquals(List.of(Finding.rule("个人独资企业只能由一个自然人投资设立，法人不能作为投资人")), review(byCompany));
        List<Finding> calledCompany = review(sole.form("enterpriseName", "深圳市味道餐饮有限公司"));
        assertTrue(calledCompany.get(0).message().contains("不得使用"));
    }

    @Test
    public void registrationChecksTheNameRules() {
        assertEquals("tradeName", review(company(MAN_36).form("tradeName", "味").form("enterpriseName", "深圳市味餐饮有限公司")).get(0).subject());
        assertEquals("tradeName", review(company(MAN_36).form("tradeName", "南山").form("enterpriseName", "深圳市南山餐饮有限公司")).get(0).subject());
        assertTrue(review(company(MAN_36).form("enterpriseName", "广州市味道餐饮管理有限公司")).get(0).message().contains("深圳"));
        assertTrue(review(company(MAN_36).form("enterpriseName", "深圳市中华味道餐饮有限公司")).get(0).message().contains("国务院"));
        assertTrue(review(company(MAN_36).form("enterpriseName", "深圳市味道餐饮管理中心")).get(0).message().contains("有限公司"));
        assertEquals("enterpriseName", review(company(MAN_36).form("enterpriseName", "深圳市美味餐饮有限公司")).get(0).subject());
    }

    @Test
    public void registrationRefusesAMinorAsLegalRepresentative() {
        String seventeen = person("20080601", "011");
        List<Finding> f = review(company(MAN_36).form("legalRepresentativeId", seventeen));
        assertEquals(1, f.size());
        assertEquals("legalRepresentativeId", f.get(0).subject());
    }

    @Test
    public void registrationRefusesAJointStockCompanyThatWouldPayAfterFormation() {
        TestApplication jsc = company(MAN_36).form("organisationForm", "股份有限公司").form("enterpriseName", "深圳市味道餐饮股份有限公司");
        assertEquals(List.of(), review(jsc.form("contributionDeadline", "2026-03-01")));
        assertEquals("contributionDeadline", review(jsc.form("contributionDeadline", "2027-01-01")).get(0).subject());
    }

    @Test
    public void nameDeclarationReservesAGoodNameForTwoMonthsAndRefusesABadOne() {
        ApprovalHandler h = handler(MarketItems.NAME_DECLARATION);
        Application good = app(MarketItems.NAME_DECLARATION, MAN_36).form("enterpriseName", "深圳市味道餐饮管理有限公司")
                .form("tradeName", "味道").form("organisationForm", "有限责任公司").build();
        assertEquals(List.of(), h.review(good));
        assertEquals(DAY.plusMonths(2), h.issue(good).get(0).validUntil());
        Application bad = app(MarketItems.NAME_DECLARATION, MAN_36).form("enterpriseName", "深圳市国家味道餐饮有限公司")
                .form("tradeName", "味道").form("organisationForm", "有限责任公司").build();
        assertFalse(h.review(bad).isEmpty());
    }

    @Test
    public void changeRegistrationSendsAMoveOutOfShenzhenToTheNewAuthority() {
        ApprovalHandler h = handler(MarketItems.CHANGE_REGISTRATION);
        TestApplication move = app(MarketItems.CHANGE_REGISTRATION, COMPANY).form("changeType", "住所").form("resolutionDate", "2026-02-20")
                .material("premises");
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(move.form("newValue", "深圳市南山区科苑路8号").build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(move.form("newValue", "广州市天河区天河路1号").build()).outcome());
    }

    @Test
    public void changeRegistrationOfTheLegalRepresentativeNeedsTheNewRepresentativesId() {
        ApprovalHandler h = handler(MarketItems.CHANGE_REGISTRATION);
        TestApplication t = app(MarketItems.CHANGE_REGISTRATION, COMPANY).form("changeType", "法定代表人")
                .form("resolutionDate", "2026-02-20").form("newValue", "李华");
        CheckResult missing = h.check(t.build());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, missing.outcome());
        assertEquals("new-legal-rep-id", missing.findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.material("new-legal-rep-id").build()).outcome());
    }

    @Test
    public void capitalReductionWaitsFortyFiveDaysAfterTheNotice() {
        ApprovalHandler h = handler(MarketItems.CHANGE_REGISTRATION);
        TestApplication t = app(MarketItems.CHANGE_REGISTRATION, COMPANY).form("changeType", "注册资本（减少）")
                .form("resolutionDate", "2026-01-05").form("newValue", "100万元").material("reduction-notice");
        assertEquals(List.of(), h.review(t.form("noticeDate", "2026-01-16").build()));
        assertEquals("noticeDate", h.review(t.form("noticeDate", "2026-01-20").build()).get(0).subject());
    }

    @Test
    public void simpleDeregistrationIsOnlyForCompaniesWithoutDebtsAfterTwentyDaysNotice() {
        ApprovalHandler h = handler(MarketItems.DEREGISTRATION);
        TestApplication t = app(MarketItems.DEREGISTRATION, COMPANY).form("procedure", "简易注销").material("commitment");
        Application ok = t.form("noticeDate", "2026-02-10").form("outstandingDebts", false).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertEquals(1, h.review(t.form("noticeDate", "2026-02-11").build()).size());
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("outstandingDebts", true).build()).outcome());
    }

    @Test
    public void ordinaryDeregistrationNeedsTheLiquidationReportAndTheCreditorsFortyFiveDays() {
        ApprovalHandler h = handler(MarketItems.DEREGISTRATION);
        TestApplication t = app(MarketItems.DEREGISTRATION, COMPANY).form("procedure", "普通注销").form("noticeDate", "2026-01-01")
                .form("outstandingDebts", false);
        assertEquals("liquidation-report", h.check(t.build()).findings().get(0).subject());
        t.material("liquidation-report");
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.build()).outcome());
        assertEquals(List.of(), h.review(t.build()));
        assertEquals(1, h.review(t.form("noticeDate", "2026-01-20").build()).size());
    }

    @Test
    public void branchNameCarriesTheCompanyNameAndEndsInBranch() {
        ApprovalHandler h = handler(MarketItems.BRANCH_REGISTRATION);
        TestApplication t = app(MarketItems.BRANCH_REGISTRATION, COMPANY).form("address", "深圳市南山区蛇口工业八路");
        assertEquals(List.of(), h.review(t.form("branchName", Fixtures.COMPANY_NAME + "蛇口分店").build()));
        assertEquals(2, h.review(t.form("branchName", "深圳市蛇口味道餐厅").build()).size());
    }

    @Test
    public void individualBusinessAdmitsA17YearOldLivingOnTheirOwnIncomeOnly() {
        ApprovalHandler h = handler(MarketItems.INDIVIDUAL_REGISTRATION);
        String seventeen = person("20080601", "011");
        TestApplication t = app(MarketItems.INDIVIDUAL_REGISTRATION, seventeen).form("operationForm", "个人经营")
                .form("businessScope", "餐饮服务").form("address", "深圳市南山区南头街道");
        CheckResult without = h.check(t.build());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, without.outcome());
        assertEquals("income-proof", without.findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.material("income-proof").build()).outcome());
        String fifteen = person("20100601", "011");
        assertEquals(CheckResult.Outcome.REJECT, h.check(app(MarketItems.INDIVIDUAL_REGISTRATION, fifteen)
                .form("operationForm", "个人经营").form("businessScope", "餐饮服务").form("address", "深圳市南山区").build()).outcome());
    }

    @Test
    public void individualBusinessNameMayNotSayCompanyAndGetsALicenceWithA92Code() {
        ApprovalHandler h = handler(MarketItems.INDIVIDUAL_REGISTRATION);
        TestApplication t = app(MarketItems.INDIVIDUAL_REGISTRATION, MAN_36).form("operationForm", "个人经营")
                .form("businessScope", "餐饮服务").form("address", "深圳市南山区南头街道");
        assertEquals(List.of(), h.review(t.form("businessName", "深圳市南山区明记肠粉店").build()));
        assertEquals("businessName", h.review(t.form("businessName", "深圳市南山区明记餐饮公司").build()).get(0).subject());
        IssuedDocument licence = h.issue(t.form("businessName", "深圳市南山区明记肠粉店").build()).get(0);
        assertEquals("business-licence", licence.kind());
        assertTrue(licence.attributes().get("creditCode").startsWith("92440300"));
        CreditCodes.validate(licence.attributes().get("creditCode"));
    }

    @Test
    public void annualReportIsForAFinishedYearWithConsistentStaffNumbers() {
        ApprovalHandler h = handler(MarketItems.ANNUAL_REPORT);
        TestApplication t = app(MarketItems.ANNUAL_REPORT, COMPANY).form("employees", 12).form("revenue", 380.5);
        Application ok = t.form("reportYear", 2025).form("insuredEmployees", 12).build();
        assertEquals(List.of(), h.review(ok));
        assertEquals("false", h.issue(ok).get(0).attributes().get("late"));
        assertEquals("reportYear", h.review(t.form("reportYear", 2026).build()).get(0).subject());
        assertEquals("insuredEmployees", h.review(t.form("reportYear", 2025).form("insuredEmployees", 13).build()).get(0).subject());
        assertEquals("true", h.issue(t.form("reportYear", 2024).form("insuredEmployees", 12).build()).get(0).attributes().get("late"));
    }

    @Test
    public void abnormalListRemovalNeedsTheLateReportAndEndsAfterThreeYears() {
        ApprovalHandler h = handler(MarketItems.ABNORMAL_LIST_REMOVAL);
        TestApplication t = app(MarketItems.ABNORMAL_LIST_REMOVAL, COMPANY).form("listingReason", "未按规定报送年度报告");
        assertEquals("annual-report", h.check(t.form("listedDate", "2025-07-01").build()).findings().get(0).subject());
        t.material("annual-report");
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.build()).outcome());
        assertEquals(List.of(), h.review(t.build()));
        assertEquals("listedDate", h.review(t.form("listedDate", "2023-03-02").build()).get(0).subject());
    }
}
