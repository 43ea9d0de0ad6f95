package org.qinqing.hall.dept.civil;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.Test;
import org.qinqing.hall.api.identity.ResidentIds;
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

public class CivilDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String MAN_36 = "44030519900101123X";
    private static final String WOMAN_40 = "440305198503151246";
    private static final String WOMAN_26 = "440305200001010048";
    private static final String MAN_21 = id("44030520040601001");
    private static final String WOMAN_19 = id("44030520060601002");
    private static final String MAN_85 = id("44030519400505001");
    private static final String WOMAN_93 = id("44030519330101002");
    private static final String MAN_65 = id("44030519600601001");
    private static final String GIRL_12 = id("44030520130601002");
    private static final String ORGANISATION = "91440300123456788M";

    private final CivilDepartment civil = new CivilDepartment();

    private static String id(String first17) {
        return first17 + ResidentIds.checkCharacter(first17);
    }

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(civil);
        assertEquals("civil", civil.code());
        assertEquals(Level.DISTRICT, civil.level());
    }

    @Test
    public void catalogueMatchesTheQuotas() {
        List<Item> items = civil.items();
        assertEquals(22, items.size());
        assertEquals(17, count(items, i -> i.has(Flag.ONE_WINDOW)));
        assertEquals(11, count(items, i -> i.has(Flag.WECHAT)));
        assertEquals(8, count(items, i -> i.has(Flag.ZERO_VISIT)));
        assertEquals(9, count(items, Item::halvedLimit));
        for (Item i : items) {
            assertTrue(i.code(), i.code().startsWith("civil-"));
            assertTrue(i.code(), i.maxVisits() <= 1);
            assertTrue(i.code() + " has a legal limit", i.legalLimit() > 0);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " is for legal persons and must be fully online", i.has(Flag.FULLY_ONLINE));
            }
            if (i.has(Flag.INSTANT_APPROVAL)) {
                assertNotSame(i.code(), ApprovalHandler.STANDARD, civil.handler(i.code()));
            }
        }
    }

    @Test
    public void aManOf22AndAWomanOf20MayMarry() {
        ApprovalHandler h = handler(CivilMarriageItems.MARRIAGE);
        Application ok = marriage(MAN_36, WOMAN_40, "未婚", "离婚", true);
        assertEquals(List.of(), h.review(ok));
        assertEquals(CivilMarriageItems.MARRIAGE_CERTIFICATE, h.issue(ok).get(0).kind());
        assertEquals(List.of(), h.review(marriage(WOMAN_26, MAN_36, "未婚", "丧偶", true)));
        List<Finding> young = h.review(marriage(MAN_21, WOMAN_19, "未婚", "未婚", true));
        assertEquals(2, young.size());
        assertTrue(young.get(0).message(), young.get(0).message().contains("22周岁"));
        assertTrue(young.get(1).message(), young.get(1).message().contains("20周岁"));
        assertEquals(List.of(), h.review(marriage(MAN_36, WOMAN_26, "未婚", "未婚", true)));
    }

    @Test
    public void marriageNeedsAManAndAWomanUnmarriedAndUnrelated() {
        ApprovalHandler h = handler(CivilMarriageItems.MARRIAGE);
        assertEquals("spouseId", h.review(marriage(WOMAN_40, WOMAN_26, "未婚", "未婚", true)).get(0).subject());
        assertEquals(List.of("applicantStatus", "noProhibitedKinship"),
                h.review(marriage(MAN_36, WOMAN_40, "有配偶", "未婚", false)).stream().map(Finding::subject).toList());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(marriage(MAN_36, MAN_36, "未婚", "未婚", true)).outcome());
    }

    @Test
    public void theDivorceCertificateIsIssuedOnlyInTheThirtyDaysAfterTheCoolingOffPeriod() {
        ApprovalHandler h = handler(CivilMarriageItems.DIVORCE);
        assertEquals(List.of(), h.review(divorce("2026-01-15")));
        assertTrue(h.review(divorce("2026-02-20")).get(0).message().contains("冷静期"));
        assertEquals(List.of(), h.review(divorce("2026-01-01")));
        assertTrue(h.review(divorce("2025-12-31")).get(0).message().contains("视为撤回"));
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(divorce("2026-03-03")).outcome());
    }

    @Test
    public void anAssociationNeedsFiftyMembersOrThirtyUnitsAndThirtyThousandYuan() {
        ApprovalHandler h = handler(CivilOrganisationItems.SOCIAL_ORGANISATION);
        assertEquals(List.of(), h.review(association("科技类", 50, 0, 30000).build()));
        assertEquals(List.of(), h.review(association("科技类", 0, 30, 30000).build()));
        assertEquals(List.of(), h.review(association("科技类", 25, 25, 30000).build()));
        assertEquals(List.of("individualMembers", "funds"),
                h.review(association("科技类", 20, 20, 29999.99).build()).stream().map(Finding::subject).toList());
    }

    @Test
    public void associationsOutsideTheDirectCategoriesNeedTheSupervisorsConsent() {
        ApprovalHandler h = handler(CivilOrganisationItems.SOCIAL_ORGANISATION);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(association("公益慈善类", 50, 0, 30000).build()).outcome());
        assertEquals("supervisor-approval", h.check(association("其他类别", 50, 0, 30000).build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT,
                h.check(association("其他类别", 50, 0, 30000).material("supervisor-approval").build()).outcome());
    }

    @Test
    public void aNonEnterpriseUnitIsNamedByItsOrganisationalForm() {
        ApprovalHandler h = handler(CivilOrganisationItems.NON_ENTERPRISE);
        assertEquals(List.of(), h.review(nonEnterprise("深圳市南山区阳光社会工作服务中心", 100000)));
        assertEquals("name", h.review(nonEnterprise("深圳市南山区阳光有限公司", 100000)).get(0).subject());
        assertEquals("funds", h.check(nonEnterprise("深圳市南山区阳光社会工作服务中心", 0)).findings().get(0).subject());
    }

    @Test
    public void publicFundraisingNeedsAYearOfRegistrationAndNoPenalty() {
        Item item = item(CivilOrganisationItems.CHARITY_FUNDRAISING);
        ApprovalHandler h = handler(item.code());
        Application ok = TestApplication.of(item).applicant(ORGANISATION).on(DAY).form("registrationDate", "2025-03-02")
                .form("penalisedWithinTwoYears", false).allMaterials().build();
        Application young = TestApplication.of(item).applicant(ORGANISATION).on(DAY).form("registrationDate", "2025-03-03")
                .form("penalisedWithinTwoYears", true).allMaterials().build();
        assertEquals(List.of(), h.review(ok));
        assertEquals(List.of("registrationDate", "penalisedWithinTwoYears"), h.review(young).stream().map(Finding::subject).toList());
    }

    @Test
    public void subsistenceAllowanceMakesUpTheDifferenceToTheStandard() {
        ApprovalHandler h = handler(CivilAssistanceItems.MINIMUM_LIVING);
        Application poor = subsistence("深圳市户籍", 3, 3000, true);
        assertEquals(List.of(), h.review(poor));
        assertEquals("1230", h.issue(poor).get(0).attributes().get("monthlyAmount"));
        assertEquals(CivilAssistanceItems.SUBSISTENCE, h.issue(poor).get(0).kind());
        assertEquals(List.of("monthlyIncome", "propertyWithinLimit"),
                h.review(subsistence("深圳市户籍", 3, 4230, false)).stream().map(Finding::subject).toList());
        assertEquals(CheckResult.Outcome.REJECT, h.check(subsistence("非深圳市户籍", 3, 3000, true)).outcome());
    }

    @Test
    public void specialHardshipIsForTheElderlyTheDisabledAndChildrenUnder16WithoutSupport() {
        ApprovalHandler h = handler(CivilAssistanceItems.SPECIAL_HARDSHIP);
        assertEquals(List.of(), h.review(hardship(MAN_65, "老年人", true).build()));
        assertEquals(List.of(), h.review(hardship(GIRL_12, "未满16周岁的未成年人", true).build()));
        assertEquals(List.of("category", "noCapableSupporter"),
                h.review(hardship(MAN_36, "老年人", false).build()).stream().map(Finding::subject).toList());
        assertEquals("disability-card", h.check(hardship(MAN_36, "残疾人", true).build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(hardship(MAN_36, "残疾人", true).material("disability-card").build()).outcome());
    }

    @Test
    public void temporaryAssistanceAsksForTheProofOfItsCause() {
        Item item = item(CivilAssistanceItems.TEMPORARY_ASSISTANCE);
        ApprovalHandler h = handler(item.code());
        Application illness = TestApplication.of(item).applicant(MAN_36).on(DAY).form("cause", "家庭成员突发重大疾病")
                .form("eventDate", "2026-02-01").form("members", 3).material("id-card").build();
        assertEquals("medical-proof", h.check(illness).findings().get(0).subject());
        Application proven = TestApplication.of(item).applicant(MAN_36).on(DAY).form("cause", "家庭成员突发重大疾病")
                .form("eventDate", "2026-02-01").form("members", 3).material("id-card").material("medical-proof").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(proven).outcome());
        Application future = TestApplication.of(item).applicant(MAN_36).on(DAY).form("cause", "其他特殊困难")
                .form("eventDate", "2026-04-01").form("members", 3).material("id-card").build();
        assertEquals("eventDate", h.check(future).findings().get(0).subject());
    }

    @Test
    public void careSubsidyIsForGradesOneAndTwoLivingSubsidyForSubsistenceHouseholds() {
        Item item = item(CivilAssistanceItems.DISABILITY_SUBSIDY);
        ApprovalHandler h = handler(item.code());
        Application care = TestApplication.of(item).applicant(MAN_36).on(DAY).form("subsidy", "重度残疾人护理补贴").form("grade", "二级")
                .material("id-card").material("disability-card").build();
        assertEquals(List.of(), h.review(care));
        Application mild = TestApplication.of(item).applicant(MAN_36).on(DAY).form("subsidy", "重度残疾人护理补贴").form("grade", "三级")
                .material("id-card").material("disability-card").build();
        assertEquals("grade", h.review(mild).get(0).subject());
        Application living = TestApplication.of(item).applicant(MAN_36).on(DAY).form("subsidy", "困难残疾人生活补贴").form("grade", "四级")
                .material("id-card").material("disability-card").build();
        assertEquals("subsistence-proof", h.check(living).findings().get(0).subject());
    }

    @Test
    public void elderlyAllowanceStartsAt80AndRisesAt90() {
        ApprovalHandler h = handler(CivilAssistanceItems.ELDERLY_ALLOWANCE);
        assertEquals(List.of(), h.review(elderly(MAN_85, "深圳市户籍")));
        assertTrue(h.approvesInstantly(elderly(MAN_85, "深圳市户籍")));
        assertEquals("200", h.issue(elderly(MAN_85, "深圳市户籍")).get(0).attributes().get("monthlyAmount"));
        assertEquals("500", h.issue(elderly(WOMAN_93, "深圳市户籍")).get(0).attributes().get("monthlyAmount"));
        assertEquals(1, h.review(elderly(MAN_65, "深圳市户籍")).size());
        assertEquals(CheckResult.Outcome.REJECT, h.check(elderly(MAN_85, "非深圳市户籍")).outcome());
        assertEquals(1000, ElderlyAllowance.monthly(100));
    }

    @Test
    public void theSeniorCardIsFor60AndOver() {
        Item item = item(CivilAssistanceItems.SENIOR_CARD);
        ApprovalHandler h = handler(item.code());
        Application senior = TestApplication.of(item).applicant(MAN_65).on(DAY).allMaterials().build();
        assertEquals(List.of(), h.review(senior));
        assertTrue(h.approvesInstantly(senior));
        assertEquals(1, h.review(TestApplication.of(item).applicant(MAN_36).on(DAY).allMaterials().build()).size());
    }

    private Application marriage(String applicant, String spouse, String status, String spouseStatus, boolean unrelated) {
        return TestApplication.of(item(CivilMarriageItems.MARRIAGE)).applicant(applicant).on(DAY).form("spouseId", spouse)
                .form("applicantStatus", status).form("spouseStatus", spouseStatus).form("noProhibitedKinship", unrelated)
                .allMaterials().build();
    }

    private Application divorce(String filed) {
        return TestApplication.of(item(CivilMarriageItems.DIVORCE)).applicant(MAN_36).on(DAY).form("spouseId", WOMAN_40)
                .form("filedDate", filed).allMaterials().build();
    }

    private TestApplication association(String category, int individuals, int units, double funds) {
        return TestApplication.of(item(CivilOrganisationItems.SOCIAL_ORGANISATION)).applicant(MAN_36).on(DAY)
                .form("name", "深圳市南山区软件行业协会").form("category", category).form("individualMembers", individuals)
                .form("unitMembers", units).form("funds", funds).material("legal-rep-id").material("application")
                .material("members").material("funds-proof").material("premises");
    }

    private Application nonEnterprise(String name, int funds) {
        return TestApplication.of(item(CivilOrganisationItems.NON_ENTERPRISE)).applicant(MAN_36).on(DAY).form("name", name)
                .form("category", "城乡社区服务类").form("funds", funds).material("legal-rep-id").material("application")
                .material("assets-proof").material("premises").build();
    }

    private Application subsistence(String hukou, int members, int income, boolean property) {
        return TestApplication.of(item(CivilAssistanceItems.MINIMUM_LIVING)).applicant(MAN_36).on(DAY).form("hukou", hukou)
                .form("members", members).form("monthlyIncome", income).form("propertyWithinLimit", property).allMaterials().build();
    }

    private TestApplication hardship(String applicant, String category, boolean noSupporter) {
        return TestApplication.of(item(CivilAssistanceItems.SPECIAL_HARDSHIP)).applicant(applicant).on(DAY).form("category", category)
                .form("noWorkingCapacityOrIncome", true).form("noCapableSupporter", noSupporter).form("careMode", "分散供养")
                .material("id-card").material("household-register");
    }

    private Application elderly(String applicant, String hukou) {
        return TestApplication.of(item(CivilAssistanceItems.ELDERLY_ALLOWANCE)).applicant(applicant).on(DAY).form("hukou", hukou)
                .allMaterials().build();
    }

    private static long count(List<Item> items, Predicate<Item> p) {
        return items.stream().filter(p).count();
    }

    private ApprovalHandler handler(String code) {
        return civil.handler(code);
    }

    private Item item(String code) {
        return civil.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
