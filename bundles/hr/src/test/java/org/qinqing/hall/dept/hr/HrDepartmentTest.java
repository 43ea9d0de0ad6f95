package org.qinqing.hall.dept.hr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.TestApplication;

public class HrDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    /** Born 1990-01-01, male, 36 on DAY. */
    private static final String MAN_36 = "44030519900101123X";
    /** Born 1980-04-04, male, 45 on DAY. */
    private static final String MAN_45 = "440305198004041114";
    /** Born 1970-06-01, male, 55 on DAY. */
    private static final String MAN_55 = "440305197006011352";
    /** Born 1985-03-15, female, 40 on DAY. */
    private static final String WOMAN_40 = "440305198503151246";
    private static final String EMPLOYER = "91440300123456788M";

    private final HrDepartment hr = new HrDepartment();

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(hr);
    }

    @Test
    public void talentIntroductionAdmitsABachelorUnder45() {
        Application a = talent(MAN_36, "本科").build();
        assertEquals(List.of(), handler(HrItems.TALENT_INTRODUCTION).review(a));
    }

    @Test
    public void talentIntroductionRefusesABachelorOf45ButAdmitsAMasterOf45() {
        List<Finding> bachelor = handler(HrItems.TALENT_INTRODUCTION).review(talent(MAN_45, "本科").build());
        assertEquals(1, bachelor.size());
        assertTrue(bachelor.get(0).message(), bachelor.get(0).message().contains("45周岁以下"));
        assertEquals(List.of(), handler(HrItems.TALENT_INTRODUCTION).review(talent(MAN_45, "硕士研究生").build()));
    }

    @Test
    public void talentIntroductionRefusesADoctorOf55() {
        assertEquals(1, handler(HrItems.TALENT_INTRODUCTION).review(talent(MAN_55, "博士研究生").build()).size());
    }

    @Test
    public void talentIntroductionAsksToCorrectAGraduationDateInTheFuture() {
        CheckResult r = handler(HrItems.TALENT_INTRODUCTION).check(talent(MAN_36, "本科").form("graduationDate", "2027-07-01").build());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, r.outcome());
        assertEquals("graduationDate", r.findings().get(0).subject());
    }

    @Test
    public void talentIntroductionIssuesAnApprovalValidForSixMonths() {
        List<IssuedDocument> docs = handler(HrItems.TALENT_INTRODUCTION).issue(talent(MAN_36, "本科").build());
        assertEquals(HrItems.TALENT_APPROVAL, docs.get(0).kind());
        assertEquals(DAY.plusMonths(6), docs.get(0).validUntil());
    }

    @Test
    public void graduateReceptionRequiresGraduationWithinTwoYears() {
        Item item = item(HrItems.GRADUATE_RECEPTION);
        Application recent = TestApplication.of(item).applicant(MAN_36).on(DAY).form("education", "硕士研究生")
                .form("graduationDate", "2025-07-01").form("school", "深圳大学").allMaterials().build();
        Application old = TestApplication.of(item).applicant(MAN_36).on(DAY).form("education", "硕士研究生")
                .form("graduationDate", "2023-07-01").form("school", "深圳大学").allMaterials().build();
        assertEquals(List.of(), handler(HrItems.GRADUATE_RECEPTION).review(recent));
        assertEquals("graduationDate", handler(HrItems.GRADUATE_RECEPTION).review(old).get(0).subject());
    }

    @Test
    public void employmentRegistrationStopsAtRetirementAgeWhichDiffersBySex() {
        Item item = item(HrItems.EMPLOYMENT_REGISTRATION);
        Application man55 = TestApplication.of(item).applicant(MAN_55).on(DAY).form("employerCode", EMPLOYER)
                .form("startDate", "2026-03-01").allMaterials().build();
        Application woman40 = TestApplication.of(item).applicant(WOMAN_40).on(DAY).form("employerCode", EMPLOYER)
                .form("startDate", "2026-03-01").allMaterials().build();
        Application woman40Later = TestApplication.of(item).applicant(WOMAN_40).on(LocalDate.of(2035, 3, 16))
                .form("employerCode", EMPLOYER).form("startDate", "2035-03-16").allMaterials().build();
        assertEquals(List.of(), handler(HrItems.EMPLOYMENT_REGISTRATION).review(man55));
        assertEquals(List.of(), handler(HrItems.EMPLOYMENT_REGISTRATION).review(woman40));
        assertEquals(1, handler(HrItems.EMPLOYMENT_REGISTRATION).review(woman40Later).size());
        assertTrue(handler(HrItems.EMPLOYMENT_REGISTRATION).approvesInstantly(man55));
    }

    @Test
    public void skillsSubsidyAmountFollowsTheCertificateLevel() {
        Item item = item(HrItems.SKILLS_SUBSIDY);
        Application a = TestApplication.of(item).applicant(MAN_36).on(DAY).form("certificateLevel", "高级")
                .form("certificateDate", "2025-12-01").allMaterials().build();
        assertEquals(List.of(), handler(HrItems.SKILLS_SUBSIDY).review(a));
        assertEquals("2000", handler(HrItems.SKILLS_SUBSIDY).issue(a).get(0).attributes().get("amount"));
        Application stale = TestApplication.of(item).applicant(MAN_36).on(DAY).form("certificateLevel", "高级")
                .form("certificateDate", "2024-12-01").allMaterials().build();
        assertFalse(handler(HrItems.SKILLS_SUBSIDY).review(stale).isEmpty());
    }

    @Test
    public void startupSubsidyNeedsAYoungBusinessThatEmploys() {
        Item item = item(HrItems.STARTUP_SUBSIDY);
        Application ok = TestApplication.of(item).applicant(MAN_36).on(DAY).form("businessCode", EMPLOYER)
                .form("registrationDate", "2024-05-01").form("employees", 3).allMaterials().build();
        Application bad = TestApplication.of(item).applicant(MAN_36).on(DAY).form("businessCode", EMPLOYER)
                .form("registrationDate", "2020-05-01").form("employees", 0).allMaterials().build();
        assertEquals(List.of(), handler(HrItems.STARTUP_SUBSIDY).review(ok));
        assertEquals(2, handler(HrItems.STARTUP_SUBSIDY).review(bad).size());
    }

    @Test
    public void newcomerSubsidyIsForUnder35sSettledWithinAYear() {
        Item item = item(HrItems.NEWCOMER_SUBSIDY);
        Application young = TestApplication.of(item).applicant("440305199608080071").on(DAY).form("education", "本科")
                .form("settledDate", "2025-09-01").allMaterials().build();
        Application older = TestApplication.of(item).applicant(MAN_36).on(DAY).form("education", "本科")
                .form("settledDate", "2025-09-01").allMaterials().build();
        assertEquals(List.of(), handler(HrItems.NEWCOMER_SUBSIDY).review(young));
        assertEquals("15000", handler(HrItems.NEWCOMER_SUBSIDY).issue(young).get(0).attributes().get("amount"));
        assertEquals(1, handler(HrItems.NEWCOMER_SUBSIDY).review(older).size());
    }

    private TestApplication talent(String number, String education) {
        return TestApplication.of(item(HrItems.TALENT_INTRODUCTION)).applicant(number).on(DAY)
                .form("education", education).form("graduationDate", "2012-07-01").form("employer", "深圳市某科技有限公司")
                .form("employerCode", EMPLOYER).allMaterials();
    }

    private org.qinqing.hall.spi.ApprovalHandler handler(String code) {
        return hr.handler(code);
    }

    private Item item(String code) {
        return hr.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
