package org.qinqing.hall.dept.social;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.dept.social.Fixtures.COMPANY;
import static org.qinqing.hall.dept.social.Fixtures.DAY;
import static org.qinqing.hall.dept.social.Fixtures.DEPT;
import static org.qinqing.hall.dept.social.Fixtures.MAN_36;
import static org.qinqing.hall.dept.social.Fixtures.WOMAN_40;
import static org.qinqing.hall.dept.social.Fixtures.app;
import static org.qinqing.hall.dept.social.Fixtures.appWithout;
import static org.qinqing.hall.dept.social.Fixtures.company;
import static org.qinqing.hall.dept.social.Fixtures.handler;
import static org.qinqing.hall.dept.social.Fixtures.item;
import static org.qinqing.hall.dept.social.Fixtures.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

public class SocialDepartmentTest {

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(DEPT);
        assertEquals(Level.MUNICIPAL, DEPT.level());
    }

    @Test
    public void meetsTheCatalogueQuota() {
        List<Item> items = DEPT.items();
        assertEquals(17, items.size());
        assertEquals(12, items.stream().filter(i -> i.has(Flag.ONE_WINDOW)).count());
        assertEquals(10, items.stream().filter(i -> i.has(Flag.WECHAT)).count());
        assertEquals(8, items.stream().filter(i -> i.has(Flag.ZERO_VISIT)).count());
        assertEquals(6, items.stream().filter(Item::halvedLimit).count());
        HallPromises.assertKept(DEPT, i -> app(i.code(), i.party() == PartyType.PERSON ? MAN_36 : COMPANY).build());
    }

    private static TestApplication employer(String code) {
        return app(SocialItems.EMPLOYER_REGISTRATION, code).form("establishedOn", "2026-02-20").form("employees", 0)
                .form("bankAccount", "4000021509200123456").form("contactPhone", "0755-26551234");
    }

    @Test
    public void employerRegistrationRequiresTheBusinessLicenceAndApprovesAShenzhenEmployerInstantly() {
        Item item = item(SocialItems.EMPLOYER_REGISTRATION);
        assertEquals(PartyType.ENTERPRISE, item.party());
        assertEquals("business-licence", item.material("business-licence").kind());
        ApprovalHandler h = handler(SocialItems.EMPLOYER_REGISTRATION);
        Application a = employer(COMPANY).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(a).outcome());
        assertEquals(List.of(), h.review(a));
        assertTrue(h.approvesInstantly(a));
        assertEquals("false", h.issue(a).get(0).attributes().get("late"));
        String nanshan = company("440305", "71234567");
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(employer(nanshan).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(employer("91110000600037341L").build()).outcome());
    }

    @Test
    public void employerRegistrationWithStaffNeedsTheStaffListAndNotesALateRegistration() {
        ApprovalHandler h = handler(SocialItems.EMPLOYER_REGISTRATION);
        TestApplication t = employer(COMPANY).form("employees", 6);
        assertEquals("staff-list", h.check(t.build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.material("staff-list").build()).outcome());
        assertEquals("true", h.issue(t.form("establishedOn", "2026-01-15").build()).get(0).attributes().get("late"));
    }

    @Test
    public void employerRegistrationRefusesSomeoneElsesBusinessLicence() {
        ApprovalHandler h = handler(SocialItems.EMPLOYER_REGISTRATION);
        TestApplication other = appWithout(SocialItems.EMPLOYER_REGISTRATION, COMPANY, "business-licence")
                .material("business-licence", null, Map.of("creditCode", "914403007777777751"))
                .form("establishedOn", "2026-02-20").form("employees", 0).form("bankAccount", "1").form("contactPhone", "13800138000");
        assertEquals("business-licence", h.review(other.build()).get(0).subject());
    }

    private static TestApplication enrol(String employee, String start) {
        return app(SocialItems.EMPLOYEE_ENROLMENT, COMPANY).form("employeeId", employee).form("post", SocialItems.WORKER)
                .form("startDate", start).form("monthlyWage", 8000);
    }

    @Test
    public void employeeEnrolmentAfterThirtyDaysNeedsTheLabourContract() {
        ApprovalHandler h = handler(SocialItems.EMPLOYEE_ENROLMENT);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(enrol(MAN_36, "2026-01-31").build()).outcome());
        TestApplication late = enrol(MAN_36, "2026-01-30");
        assertEquals("labour-contract", h.check(late.build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(late.material("labour-contract").build()).outcome());
    }

    @Test
    public void employeeEnrolmentRefusesChildrenAndPeoplePastRetirementAge() {
        ApprovalHandler h = handler(SocialItems.EMPLOYEE_ENROLMENT);
        assertEquals(List.of(), h.review(enrol(MAN_36, "2026-02-20").build()));
        assertEquals(1, h.review(enrol(person("20100601", "011"), "2026-02-20").build()).size());
        // a woman born May 1975 retires from a production post at 50 and 3 months, from a managerial post at 56 and 5 months
        String woman = person("19750501", "022");
        assertEquals(1, h.review(enrol(woman, "2026-02-20").build()).size());
        assertEquals(List.of(), h.review(enrol(woman, "2026-02-20").form("post", SocialItems.MANAGER).build()));
    }

    @Test
    public void recordPrintIsForAPeriodUpToThisMonthAndIsValidThreeMonths() {
        ApprovalHandler h = handler(SocialItems.PERSONAL_RECORD);
        TestApplication t = app(SocialItems.PERSONAL_RECORD, MAN_36).form("from", "2020-01-01");
        Application ok = t.form("to", "2026-03-01").build();
        assertEquals(List.of(), h.review(ok));
        IssuedDocument d = h.issue(ok).get(0);
        assertEquals(SocialItems.RECORD_KIND, d.kind());
        assertEquals(DAY.plusMonths(3), d.validUntil());
        assertEquals("to", h.review(t.form("to", "2026-04-01").build()).get(0).subject());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(t.form("to", "2019-01-01").build()).outcome());
    }

    @Test
    public void flexibleEnrolmentIsForWorkingAge() {
        ApprovalHandler h = handler(SocialItems.FLEXIBLE_ENROLMENT);
        assertEquals(List.of(), h.review(app(SocialItems.FLEXIBLE_ENROLMENT, WOMAN_40).form("post", SocialItems.WORKER)
                .form("contributionBase", 6000).build()));
        assertEquals(1, h.review(app(SocialItems.FLEXIBLE_ENROLMENT, person("19640301", "011")).form("post", SocialItems.WORKER)
                .form("contributionBase", 6000).build()).size());
    }

    private static TestApplication transferIn(String id, boolean household) {
        return app(SocialItems.PENSION_TRANSFER, id).form("direction", PensionTransfer.IN).form("otherRegion", "湖南省长沙市")
                .form("shenzhenHousehold", household).material("payment-certificate");
    }

    @Test
    public void pensionTransferInNeedsTheCertificateAndStopsForMenOf50AndWomenOf40WithoutAShenzhenHousehold() {
        ApprovalHandler h = handler(SocialItems.PENSION_TRANSFER);
        Application noCertificate = app(SocialItems.PENSION_TRANSFER, MAN_36).form("direction", PensionTransfer.IN)
                .form("otherRegion", "湖南省长沙市").form("shenzhenHousehold", false).build();
        assertEquals("payment-certificate", h.check(noCertificate).findings().get(0).subject());
        assertEquals(List.of(), h.review(transferIn(MAN_36, false).build()));
        assertEquals(1, h.review(transferIn(WOMAN_40, false).build()).size());
        assertEquals(List.of(), h.review(transferIn(WOMAN_40, true).build()));
        String man49 = person("19760601", "011");
        assertEquals(List.of(), h.review(transferIn(man49, false).build()));
        assertEquals(1, h.review(transferIn(person("19760301", "011"), false).build()).size());
    }

    @Test
    public void pensionClaimNeedsTheRaisedRetirementAgeAndFifteenYears() {
        ApprovalHandler h = handler(SocialItems.PENSION_CLAIM);
        // born March 1965: retires at 60 years and 1 month, on 2025-04-10
        Application retired = app(SocialItems.PENSION_CLAIM, person("19650310", "011")).form("post", SocialItems.WORKER)
                .form("contributionMonths", 216).build();
        assertEquals(List.of(), h.review(retired));
        assertEquals("2025-04-10", h.issue(retired).get(0).attributes().get("retirementDate"));
        // born July 1965: 60 years and 2 months, on 2025-09-10; born December 1965: 60 years and 3 months, on 2026-03-10
        assertEquals(List.of(), h.review(app(SocialItems.PENSION_CLAIM, person("19650710", "011")).form("post", SocialItems.WORKER)
                .form("contributionMonths", 216).build()));
        assertEquals(1, h.review(app(SocialItems.PENSION_CLAIM, person("19651210", "011")).form("post", SocialItems.WORKER)
                .form("contributionMonths", 216).build()).size());
        assertEquals("contributionMonths", h.review(app(SocialItems.PENSION_CLAIM, person("19650310", "011"))
                .form("post", SocialItems.WORKER).form("contributionMonths", 179).build()).get(0).subject());
    }

    @Test
    public void minimumContributionRisesSixMonthsAYearFrom2030() {
        assertEquals(180, PensionClaim.minimumMonths(LocalDate.of(2029, 12, 31)));
        assertEquals(186, PensionClaim.minimumMonths(LocalDate.of(2030, 1, 1)));
        assertEquals(240, PensionClaim.minimumMonths(LocalDate.of(2039, 1, 1)));
        assertEquals(240, PensionClaim.minimumMonths(LocalDate.of(2045, 1, 1)));
    }

    private static TestApplication birth(String id) {
        return app(SocialItems.MATERNITY_ALLOWANCE, id).form("childbirthDate", "2026-01-10").form("babies", 1)
                .form("dystocia", false).form("employerAverageWage", 12_000);
    }

    @Test
    public void maternityAllowanceCountsLeaveDaysTimesTheEmployersDailyWage() {
        ApprovalHandler h = handler(SocialItems.MATERNITY_ALLOWANCE);
        Application single = birth(WOMAN_40).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(single).outcome());
        assertEquals("178", h.issue(single).get(0).attributes().get("days"));
        assertEquals("71200.00", h.issue(single).get(0).attributes().get("amount"));
        Application twinsDifficult = birth(WOMAN_40).form("babies", 2).form("dystocia", true).material("dystocia-proof").build();
        assertEquals("208", h.issue(twinsDifficult).get(0).attributes().get("days"));
    }

    @Test
    public void maternityAllowanceIsForTheMotherAndADifficultBirthNeedsItsProof() {
        ApprovalHandler h = handler(SocialItems.MATERNITY_ALLOWANCE);
        assertEquals(CheckResult.Outcome.REJECT, h.check(birth(MAN_36).build()).outcome());
        assertEquals("dystocia-proof", h.check(birth(WOMAN_40).form("dystocia", true).build()).findings().get(0).subject());
    }

    private static TestApplication unemployed(String reason, int months) {
        return app(SocialItems.UNEMPLOYMENT_BENEFIT, MAN_36).form("separationReason", reason).form("separationDate", "2026-02-15")
                .form("contributionMonths", months).form("jobSeeking", true).form("post", SocialItems.WORKER);
    }

    @Test
    public void unemploymentBenefitIsForInvoluntaryLossAfterAYearOfContributions() {
        ApprovalHandler h = handler(SocialItems.UNEMPLOYMENT_BENEFIT);
        assertEquals(List.of(), h.review(unemployed("劳动合同期满终止", 12).build()));
        assertEquals("separationReason", h.review(unemployed(UnemploymentBenefit.RESIGNED, 36).build()).get(0).subject());
        assertEquals("contributionMonths", h.review(unemployed("用人单位解除劳动合同", 11).build()).get(0).subject());
        assertEquals("jobSeeking", h.review(unemployed("用人单位解除劳动合同", 24).form("jobSeeking", false).build()).get(0).subject());
    }

    @Test
    public void unemploymentBenefitLastsTwelveEighteenOrTwentyFourMonths() {
        ApprovalHandler h = handler(SocialItems.UNEMPLOYMENT_BENEFIT);
        assertEquals("12", h.issue(unemployed("劳动合同期满终止", 59).build()).get(0).attributes().get("months"));
        assertEquals("18", h.issue(unemployed("劳动合同期满终止", 60).build()).get(0).attributes().get("months"));
        assertEquals("24", h.issue(unemployed("劳动合同期满终止", 120).build()).get(0).attributes().get("months"));
    }

    private static TestApplication injury(String grade, int ownWage) {
        return app(SocialItems.DISABILITY_GRANT, MAN_36).form("grade", grade).form("injuryDate", "2025-06-01")
                .form("assessmentDate", "2025-12-01").form("ownWage", ownWage).form("averageWage", 10_000);
    }

    @Test
    public void disabilityGrantPaysMonthsByGradeOnAWageBetween60And300PercentOfAverage() {
        ApprovalHandler h = handler(SocialItems.DISABILITY_GRANT);
        assertEquals(List.of(), h.review(injury("七级", 8000).build()));
        assertEquals("104000.00", h.issue(injury("七级", 8000).build()).get(0).attributes().get("amount"));
        assertEquals("42000.00", h.issue(injury("十级", 3000).build()).get(0).attributes().get("amount"));
        assertEquals("810000.00", h.issue(injury("一级", 50_000).build()).get(0).attributes().get("amount"));
        assertEquals("assessmentDate", h.review(injury("七级", 8000).form("assessmentDate", "2025-05-01").build()).get(0).subject());
    }

    @Test
    public void medicalReimbursementOutsideShenzhenWithoutFilingNeedsEmergencyProof() {
        ApprovalHandler h = handler(SocialItems.MEDICAL_REIMBURSEMENT);
        TestApplication t = app(SocialItems.MEDICAL_REIMBURSEMENT, MAN_36).form("treatmentDate", "2026-01-20").form("amount", 3560.8);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.form("place", MedicalReimbursement.FILED).build()).outcome());
        assertEquals("emergency-proof", h.check(t.form("place", MedicalReimbursement.UNFILED).build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.material("emergency-proof").build()).outcome());
    }

    @Test
    public void offsiteMedicalFilingIsForCareOutsideShenzhenAndATemporaryFilingRunsSixMonths() {
        ApprovalHandler h = handler(SocialItems.OFFSITE_MEDICAL_FILING);
        TestApplication t = app(SocialItems.OFFSITE_MEDICAL_FILING, MAN_36).form("category", OffsiteMedicalFiling.TEMPORARY)
                .form("startDate", "2026-03-05");
        Application beijing = t.form("destinationRegion", "110105").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(beijing).outcome());
        assertEquals(LocalDate.of(2026, 9, 4), h.issue(beijing).get(0).validUntil());
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("destinationRegion", "440304").build()).outcome());
        TestApplication longTerm = t.form("destinationRegion", "430102").form("category", OffsiteMedicalFiling.LONG_TERM);
        assertEquals("residence-proof", h.check(longTerm.build()).findings().get(0).subject());
        assertEquals(null, h.issue(longTerm.material("residence-proof").build()).get(0).validUntil());
    }
}
