package org.qinqing.hall.dept.hr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.Test;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.api.identity.ResidentIds;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.TestApplication;

/** The quotas of the whole department and the rules of the items added to the first six. */
public class HrMoreItemsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String MAN_36 = "44030519900101123X";
    private static final String WOMAN_40 = "440305198503151246";
    private static final String MAN_55 = "440305197006011352";
    private static final String WOMAN_52 = id("44030519730601002");
    private static final String YOUTH_22 = id("44030520030801001");
    /** A company registered in Nanshan (region 440305). */
    private static final String NANSHAN_COMPANY = credit("91440305", "71234567");
    /** A company registered at Shenzhen city level (region 440300). */
    private static final String CITY_COMPANY = "91440300123456788M";

    private final HrDepartment hr = new HrDepartment();

    private static String id(String first17) {
        return first17 + ResidentIds.checkCharacter(first17);
    }

    private static String credit(String head, String body) {
        String first17 = head + body + CreditCodes.organisationCheck(body);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    @Test
    public void catalogueMatchesTheQuotas() {
        List<Item> items = hr.items();
        assertEquals(24, items.size());
        assertEquals(20, count(items, i -> i.has(Flag.ONE_WINDOW)));
        assertEquals(15, count(items, i -> i.has(Flag.WECHAT)));
        assertEquals(11, count(items, i -> i.has(Flag.ZERO_VISIT)));
        assertEquals(13, count(items, Item::halvedLimit));
        for (Item i : items) {
            assertTrue(i.code(), i.code().startsWith("hr-"));
            assertTrue(i.code(), i.maxVisits() <= 1);
            assertTrue(i.code() + " has a legal limit", i.legalLimit() > 0);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " is for legal persons and must be fully online", i.has(Flag.FULLY_ONLINE));
            }
            if (i.has(Flag.INSTANT_APPROVAL)) {
                assertNotSame(i.code(), ApprovalHandler.STANDARD, hr.handler(i.code()));
            }
        }
    }

    @Test
    public void unemploymentIsRegisteredForJoblessWorkingAgePeopleSeekingWork() {
        ApprovalHandler h = handler(HrEmploymentItems.UNEMPLOYMENT_REGISTRATION);
        Application ok = unemployment(MAN_36, false, true);
        assertEquals(List.of(), h.review(ok));
        assertTrue(h.approvesInstantly(ok));
        assertEquals(HrEmploymentItems.UNEMPLOYMENT_PROOF, h.issue(ok).get(0).kind());
        assertEquals(List.of("employed", "seekingWork"), subjects(h.review(unemployment(MAN_36, true, false))));
        assertEquals(1, h.review(unemployment(WOMAN_52, false, true)).size());
        assertEquals(List.of(), h.review(unemployment(MAN_55, false, true)));
    }

    @Test
    public void olderUnemployedMeansWomenFrom40AndMenFrom50() {
        ApprovalHandler h = handler(HrEmploymentItems.EMPLOYMENT_DIFFICULTY);
        assertEquals(List.of(), h.review(difficulty(WOMAN_40, EmploymentDifficulty.OLDER, "2025-12-01").build()));
        assertEquals(List.of(), h.review(difficulty(MAN_55, EmploymentDifficulty.OLDER, "2025-12-01").build()));
        assertEquals("category", h.review(difficulty(MAN_36, EmploymentDifficulty.OLDER, "2025-12-01").build()).get(0).subject());
    }

    @Test
    public void longTermUnemploymentMeansAYearAndCertificatesProveTheOtherCategories() {
        ApprovalHandler h = handler(HrEmploymentItems.EMPLOYMENT_DIFFICULTY);
        assertEquals(List.of(), h.review(difficulty(MAN_36, EmploymentDifficulty.LONG_TERM, "2025-03-02").build()));
        assertEquals("unemployedSince", h.review(difficulty(MAN_36, EmploymentDifficulty.LONG_TERM, "2025-03-03").build()).get(0).subject());
        assertEquals("subsistence-proof", h.check(difficulty(MAN_36, EmploymentDifficulty.SUBSISTENCE, "2025-12-01").build())
                .findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(difficulty(MAN_36, EmploymentDifficulty.DISABLED, "2025-12-01")
                .material("disability-card").build()).outcome());
    }

    @Test
    public void flexibleEmploymentSubsidyLastsThreeYearsUnlessRetirementIsNear() {
        ApprovalHandler h = handler(HrEmploymentItems.FLEXIBLE_SUBSIDY);
        assertEquals(List.of(), h.review(flexible(MAN_36, 30, 6)));
        assertEquals("months", h.review(flexible(MAN_36, 30, 7)).get(0).subject());
        assertEquals(List.of(), h.review(flexible(MAN_55, 40, 6)));
    }

    @Test
    public void internsAreRecentGraduatesOrYoungPeopleForThreeToTwelveMonths() {
        ApprovalHandler h = handler(HrEmploymentItems.INTERNSHIP_SUBSIDY);
        assertEquals(List.of(), h.review(intern(YOUTH_22, null, 6)));
        assertEquals(List.of(), h.review(intern(MAN_36, "2025-07-01", 12)));
        assertEquals(List.of("internId", "months"), subjects(h.review(intern(MAN_36, "2023-07-01", 13))));
    }

    @Test
    public void labourDispatchNeedsTwoMillionCapitalAndANanshanRegistration() {
        ApprovalHandler h = handler(HrLabourItems.DISPATCH_LICENCE);
        Application ok = dispatch(NANSHAN_COMPANY, 200);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertEquals(DAY.plusYears(3), h.issue(ok).get(0).validUntil());
        assertEquals("registeredCapital", h.review(dispatch(NANSHAN_COMPANY, 199.99)).get(0).subject());
        assertEquals(CheckResult.Outcome.REJECT, h.check(dispatch(CITY_COMPANY, 500)).outcome());
    }

    @Test
    public void aDispatchLicenceIsRenewed60DaysBeforeItExpires() {
        ApprovalHandler h = handler(HrLabourItems.DISPATCH_RENEWAL);
        assertEquals(List.of(), h.review(renewal("2026-05-01")));
        assertEquals(LocalDate.of(2029, 5, 1), h.issue(renewal("2026-05-01")).get(0).validUntil());
        assertEquals("expiryDate", h.review(renewal("2026-04-30")).get(0).subject());
        assertEquals(CheckResult.Outcome.REJECT, h.check(renewal("2026-03-01")).outcome());
    }

    @Test
    public void averagedHoursKeepTheFortyHourWeekAnd36HoursOvertime() {
        ApprovalHandler h = handler(HrLabourItems.WORKING_HOURS);
        assertEquals(List.of(), h.review(hours(WorkingHours.AVERAGED, 40.0, 36.0, 3).build()));
        assertEquals(List.of("averageWeeklyHours", "monthlyOvertime", "years"),
                subjects(h.review(hours(WorkingHours.AVERAGED, 42.0, 40.0, 4).build())));
        assertEquals("averageWeeklyHours", h.check(hours(WorkingHours.AVERAGED, null, null, 3).build()).findings().get(0).subject());
        assertEquals(List.of(), h.review(hours(WorkingHours.FLEXIBLE, null, null, 2).build()));
    }

    @Test
    public void aCollectiveContractIsSubmittedWithinTenDaysForOneToThreeYears() {
        ApprovalHandler h = handler(HrLabourItems.COLLECTIVE_CONTRACT);
        assertEquals(List.of(), h.review(collective("2026-02-20", 3)));
        assertEquals(LocalDate.of(2029, 2, 20), h.issue(collective("2026-02-20", 3)).get(0).validUntil());
        assertEquals(List.of("signedDate", "termYears"), subjects(h.review(collective("2026-02-19", 4))));
    }

    @Test
    public void economicLayoffsOfTwentyOrTenPercentAreReportedThirtyDaysAfterNotice() {
        ApprovalHandler h = handler(HrLabourItems.LAYOFF_REPORT);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(layoff(300, 20, "2026-01-31")).outcome());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(layoff(150, 15, "2026-01-31")).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(layoff(300, 19, "2026-01-31")).outcome());
        assertEquals(List.of(), h.review(layoff(300, 20, "2026-01-31")));
        assertEquals("noticeDate", h.review(layoff(300, 20, "2026-02-01")).get(0).subject());
    }

    @Test
    public void arbitrationIsTimeBarredAfterAYearExceptForWagesDuringEmployment() {
        ApprovalHandler h = handler(HrLabourItems.ARBITRATION);
        assertEquals(List.of(), h.review(arbitration(LabourArbitration.WAGES, "2023-01-01", null)));
        assertEquals(List.of(), h.review(arbitration(LabourArbitration.WAGES, "2023-01-01", "2025-03-02")));
        assertEquals("employmentEnded", h.review(arbitration(LabourArbitration.WAGES, "2023-01-01", "2025-03-01")).get(0).subject());
        assertEquals(List.of(), h.review(arbitration("工伤待遇", "2025-03-02", null)));
        assertEquals("knewDate", h.review(arbitration("工伤待遇", "2025-03-01", null)).get(0).subject());
    }

    @Test
    public void inspectionLeavesDisputesInArbitrationAndViolationsOverTwoYearsOld() {
        ApprovalHandler h = handler(HrLabourItems.INSPECTION_COMPLAINT);
        assertEquals(CheckResult.Outcome.REJECT, h.check(complaint(null, true)).outcome());
        assertEquals(List.of(), h.review(complaint(null, false)));
        assertEquals(List.of(), h.review(complaint("2024-03-02", false)));
        assertEquals("violationEnded", h.review(complaint("2024-03-01", false)).get(0).subject());
    }

    @Test
    public void juniorTitlesNeedTheWorkYearsOfTheEducation() {
        ApprovalHandler h = handler(HrEmploymentItems.JUNIOR_TITLE);
        assertEquals(List.of(), h.review(title("助理级", "本科", 1)));
        assertEquals(List.of(), h.review(title("助理级", "硕士研究生", 0)));
        assertEquals("workYears", h.review(title("助理级", "大专", 2)).get(0).subject());
        assertEquals("level", h.review(title("助理级", "中专", 10)).get(0).subject());
        assertEquals(List.of(), h.review(title("员级", "中专", 1)));
    }

    private Application unemployment(String who, boolean employed, boolean seeking) {
        return TestApplication.of(item(HrEmploymentItems.UNEMPLOYMENT_REGISTRATION)).applicant(who).on(DAY).form("employed", employed)
                .form("seekingWork", seeking).allMaterials().build();
    }

    private TestApplication difficulty(String who, String category, String since) {
        return TestApplication.of(item(HrEmploymentItems.EMPLOYMENT_DIFFICULTY)).applicant(who).on(DAY).form("category", category)
                .form("unemployedSince", since).material("id-card").material("unemployment-proof");
    }

    private Application flexible(String who, int already, int months) {
        return TestApplication.of(item(HrEmploymentItems.FLEXIBLE_SUBSIDY)).applicant(who).on(DAY).form("monthsSubsidised", already)
                .form("months", months).allMaterials().build();
    }

    private Application intern(String internId, String graduated, int months) {
        TestApplication t = TestApplication.of(item(HrEmploymentItems.INTERNSHIP_SUBSIDY)).applicant(CITY_COMPANY).on(DAY)
                .form("internId", internId).form("months", months).allMaterials();
        return graduated == null ? t.build() : t.form("graduationDate", graduated).build();
    }

    private Application dispatch(String company, double capital) {
        return TestApplication.of(item(HrLabourItems.DISPATCH_LICENCE)).applicant(company).on(DAY).form("registeredCapital", capital)
                .allMaterials().build();
    }

    private Application renewal(String expiry) {
        return TestApplication.of(item(HrLabourItems.DISPATCH_RENEWAL)).applicant(NANSHAN_COMPANY).on(DAY).form("expiryDate", expiry)
                .allMaterials().build();
    }

    private TestApplication hours(String system, Double weekly, Double overtime, int years) {
        TestApplication t = TestApplication.of(item(HrLabourItems.WORKING_HOURS)).applicant(CITY_COMPANY).on(DAY).form("system", system)
                .form("employees", 120).form("years", years).allMaterials();
        if (weekly != null) {
            t.form("averageWeeklyHours", weekly).form("monthlyOvertime", overtime);
        }
        return t;
    }

    private Application collective(String signed, int years) {
        return TestApplication.of(item(HrLabourItems.COLLECTIVE_CONTRACT)).applicant(CITY_COMPANY).on(DAY).form("signedDate", signed)
                .form("termYears", years).allMaterials().build();
    }

    private Application layoff(int total, int layoffs, String notice) {
        return TestApplication.of(item(HrLabourItems.LAYOFF_REPORT)).applicant(CITY_COMPANY).on(DAY).form("reason", "生产经营发生严重困难")
                .form("totalEmployees", total).form("layoffs", layoffs).form("noticeDate", notice).allMaterials().build();
    }

    private Application arbitration(String type, String knew, String ended) {
        TestApplication t = TestApplication.of(item(HrLabourItems.ARBITRATION)).applicant(MAN_36).on(DAY).form("disputeType", type)
                .form("employerCode", CITY_COMPANY).form("knewDate", knew).allMaterials();
        return ended == null ? t.build() : t.form("employmentEnded", ended).build();
    }

    private Application complaint(String ended, boolean inArbitration) {
        TestApplication t = TestApplication.of(item(HrLabourItems.INSPECTION_COMPLAINT)).applicant(MAN_36).on(DAY)
                .form("employerCode", CITY_COMPANY).form("inArbitrationOrLitigation", inArbitration).allMaterials();
        return ended == null ? t.build() : t.form("violationEnded", ended).build();
    }

    private Application title(String level, String education, int years) {
        return TestApplication.of(item(HrEmploymentItems.JUNIOR_TITLE)).applicant(MAN_36).on(DAY).form("level", level)
                .form("education", education).form("workYears", years).allMaterials().build();
    }

    private static List<String> subjects(List<Finding> findings) {
        return findings.stream().map(Finding::subject).toList();
    }

    private static long count(List<Item> items, Predicate<Item> p) {
        return items.stream().filter(p).count();
    }

    private ApprovalHandler handler(String code) {
        return hr.handler(code);
    }

    private Item item(String code) {
        return hr.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
