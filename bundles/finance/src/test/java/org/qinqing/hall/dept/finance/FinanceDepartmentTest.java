package org.qinqing.hall.dept.finance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.TestApplication;

public class FinanceDepartmentTest {
    /** A Monday. */
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String COMPANY = "91440300123456788M";
    /** Born 1990-01-01, 36 on DAY. */
    private static final String MAN_36 = "44030519900101123X";
    /** Born 2000-01-01, 26 on DAY. */
    private static final String WOMAN_26 = "440305200001010048";

    private final FinanceDepartment dept = new FinanceDepartment();

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(dept);
    }

    @Test
    public void reproducesTheCatalogueQuotas() {
        List<Item> items = dept.items();
        assertEquals(8, items.size());
        assertEquals(5, count(items, Flag.ONE_WINDOW));
        assertEquals(2, count(items, Flag.WECHAT));
        assertEquals(4, count(items, Flag.ZERO_VISIT));
        assertEquals(3, items.stream().filter(Item::halvedLimit).count());
        for (Item i : items) {
            assertTrue(i.code(), i.maxVisits() <= 1);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " must be fully online", i.has(Flag.FULLY_ONLINE));
            }
            if (i.has(Flag.INSTANT_APPROVAL)) {
                assertTrue(i.code(), dept.handler(i.code()).approvesInstantly(null));
            }
        }
    }

    @Test
    public void procurementComplaintNeedsAPriorChallengeAtTheSameLevel() {
        ApprovalHandler h = dept.handler(FinanceItems.COMPLAINT);
        assertEquals(CheckResult.Outcome.REJECT, h.check(complaint("市级", true, "2026-02-02", null).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(complaint("区级", false, null, null).build()).outcome());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(complaint("区级", true, "2026-02-02", "2026-01-20").build()).outcome());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(complaint("区级", true, "2026-02-02", null).build()).outcome());
    }

    @Test
    public void procurementComplaintMustComeWithinFifteenWorkingDaysAfterTheReplyPeriod() {
        ApprovalHandler h = dept.handler(FinanceItems.COMPLAINT);
        Application unanswered = complaint("区级", true, "2026-02-02", null).build();
        assertEquals(LocalDate.of(2026, 3, 4), ProcurementComplaint.deadline(unanswered)); // 7 + 15 working days
        assertEquals(List.of(), h.review(unanswered));
        List<Finding> late = h.review(complaint("区级", true, "2026-01-05", "2026-01-12").build());
        assertEquals(1, late.size());
        assertTrue(late.get(0).message(), late.get(0).message().contains("2026-02-02"));
    }

    @Test
    public void continuingEducationNeedsNinetyCreditsTwoThirdsProfessional() {
        ApprovalHandler h = dept.handler(FinanceItems.CPE);
        assertEquals(List.of(), h.review(cpe(2025, 96, 70).build()));
        assertEquals("totalCredits", h.review(cpe(2025, 80, 60).build()).get(0).subject());
        assertEquals("professionalCredits", h.review(cpe(2025, 90, 50).build()).get(0).subject());
        assertEquals("year", h.review(cpe(2023, 96, 70).build()).get(0).subject());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(cpe(2025, 90, 100).build()).outcome());
    }

    @Test
    public void fiscalBillsAreIssuedOnlyAfterThePreviousOnesAreVerifiedAndUpToThreeMonthsUsage() {
        ApprovalHandler h = dept.handler(FinanceItems.BILLS);
        Application again = bills(false, true, 40, 120).allBut("charge-basis").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(again).outcome());
        assertEquals(List.of(), h.review(again));
        assertEquals(1, h.issue(again).size());
        assertEquals("previousVerified", h.review(bills(false, false, 40, 100).allBut().build()).get(0).subject());
        assertEquals("quantity", h.review(bills(false, true, 40, 200).allBut().build()).get(0).subject());
        CheckResult first = h.check(bills(true, false, 0, 50).allBut("charge-basis", "bill-card", "verification").build());
        assertEquals("charge-basis", first.findings().get(0).subject());
        assertEquals(2, h.issue(bills(true, false, 0, 50).allBut().build()).size()); // bills and the purchase card
    }

    @Test
    public void nonTaxRefundIsAtMostWhatWasPaidAndOverpaymentsWithinThreeYears() {
        ApprovalHandler h = dept.handler(FinanceItems.REFUND);
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(refund(1_000, 1_200, "2025-06-01", "多缴、误缴").build()).outcome());
        Application ok = refund(1_000, 400, "2025-06-01", "多缴、误缴").build();
        assertEquals(List.of(), h.review(ok));
        assertEquals("400", h.issue(ok).get(0).attributes().get("amount"));
        assertEquals(1, h.review(refund(1_000, 400, "2022-06-01", "多缴、误缴").build()).size());
        assertEquals(List.of(), h.review(refund(1_000, 400, "2022-06-01", "依法减免").build()));
    }

    @Test
    public void bookkeepingLicenceNeedsThreeStaffAndAQualifiedFullTimeSupervisor() {
        ApprovalHandler h = dept.handler(FinanceItems.BOOKKEEPING);
        assertEquals(List.of(), h.review(bookkeeping(3, "中级（会计师）", 1, true).build()));
        assertEquals(List.of(), h.review(bookkeeping(5, "初级（助理会计师）", 5, true).build()));
        List<Finding> bad = h.review(bookkeeping(2, "初级（助理会计师）", 2, false).build());
        assertEquals(Set.of("fullTimeStaff", "supervisorFullTime", "supervisorTitle"), subjects(bad));
    }

    @Test
    public void accountingExamRequiresYearsOfWorkByEducationForTheIntermediateLevel() {
        ApprovalHandler h = dept.handler(FinanceItems.EXAM);
        assertEquals(List.of(), h.review(exam(MAN_36, "中级", "大学本科", 4).build()));
        assertEquals("accountingYears", h.review(exam(MAN_36, "中级", "大学本科", 3).build()).get(0).subject());
        assertEquals("education", h.review(exam(MAN_36, "中级", "高中（中专）", 10).build()).get(0).subject());
        assertEquals(List.of(), h.review(exam(MAN_36, "初级", "高中（中专）", 0).build()));
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(exam(WOMAN_26, "中级", "大学专科", 12).build()).outcome());
    }

    @Test
    public void accountantRegistrationIsForAdultsWithAnAccountingDegreeOrQualification() {
        ApprovalHandler h = dept.handler(FinanceItems.REGISTRATION);
        Application ok = registration(MAN_36, DAY, "无", true).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertEquals(1, h.review(registration(MAN_36, DAY, "无", false).build()).size());
        assertEquals(CheckResult.Outcome.REJECT, h.check(registration(WOMAN_26, LocalDate.of(2015, 6, 1), "无", true).build()).outcome());
    }

    @Test
    public void assetDisposalNeedsAnAppraisalToSellAndTheUsefulLifeToScrap() {
        ApprovalHandler h = dept.handler(FinanceItems.ASSET);
        CheckResult sale = h.check(asset("出售", 80, 3, 6).allBut("appraisal").build());
        assertEquals("appraisal", sale.findings().get(0).subject());
        assertEquals(List.of(), h.review(asset("报废", 80, 8, 6).allBut().build()));
        assertEquals("yearsInUse", h.review(asset("报废", 80, 3, 6).allBut().build()).get(0).subject());
        assertEquals("bookValue", h.review(asset("无偿划转", 600, 3, 6).allBut().build()).get(0).subject());
    }

    // ---------------------------------------------------------------- builders

    private TestApplication complaint(String level, boolean challenged, String challengeDate, String replyDate) {
        TestApplication t = TestApplication.of(item(FinanceItems.COMPLAINT)).applicant(COMPANY).on(DAY)
                .form("projectName", "南山区某学校教学设备采购项目").form("projectNumber", "NSCG2026-0012")
                .form("procurementLevel", level).form("challenged", challenged).allMaterials();
        if (challengeDate != null) {
            t.form("challengeDate", challengeDate);
        }
        if (replyDate != null) {
            t.form("replyDate", replyDate);
        }
        return t;
    }

    private TestApplication cpe(long year, long total, long professional) {
        return TestApplication.of(item(FinanceItems.CPE)).applicant(MAN_36).on(DAY).form("year", year).form("totalCredits", total)
                .form("professionalCredits", professional).allMaterials();
    }

    private Partial bills(boolean first, boolean verified, long monthly, long quantity) {
        return new Partial(FinanceItems.BILLS, TestApplication.of(item(FinanceItems.BILLS)).applicant(COMPANY).on(DAY)
                .form("billType", "非税收入通用票据").form("firstTime", first).form("previousVerified", verified)
                .form("monthlyUsage", monthly).form("quantity", quantity));
    }

    private TestApplication refund(long paid, long refund, String date, String reason) {
        return TestApplication.of(item(FinanceItems.REFUND)).applicant(MAN_36).on(DAY).form("paymentNumber", "4403050012345678")
                .form("paymentDate", date).form("paidAmount", paid).form("refundAmount", refund).form("reason", reason)
                .form("account", "中国银行深圳南山支行 6216600000000000").allMaterials();
    }

    private TestApplication bookkeeping(long staff, String title, long years, boolean fullTime) {
        return TestApplication.of(item(FinanceItems.BOOKKEEPING)).applicant(COMPANY).on(DAY).form("fullTimeStaff", staff)
                .form("supervisorId", MAN_36).form("supervisorTitle", title).form("supervisorYears", years)
                .form("supervisorFullTime", fullTime).allMaterials();
    }

    private TestApplication exam(String person, String level, String education, long years) {
        return TestApplication.of(item(FinanceItems.EXAM)).applicant(person).on(DAY).form("level", level).form("education", education)
                .form("accountingYears", years).allMaterials();
    }

    private TestApplication registration(String person, LocalDate on, String qualification, boolean major) {
        return TestApplication.of(item(FinanceItems.REGISTRATION)).applicant(person).on(on).form("employerCode", COMPANY)
                .form("qualification", qualification).form("accountingMajor", major).allMaterials();
    }

    private Partial asset(String method, long value, long years, long life) {
        return new Partial(FinanceItems.ASSET, TestApplication.of(item(FinanceItems.ASSET)).applicant(COMPANY).on(DAY)
                .form("method", method).form("bookValue", value).form("yearsInUse", years).form("usefulLife", life));
    }

    /** An application whose materials are added last, leaving some out. */
    private final class Partial {
        private final String code;
        private final TestApplication app;

        Partial(String code, TestApplication app) {
            this.code = code;
            this.app = app;
        }

        TestApplication allBut(String... skipped) {
            Set<String> skip = Set.of(skipped);
            for (Material m : item(code).materials()) {
                if (!skip.contains(m.code())) {
                    app.material(m.code());
                }
            }
            return app;
        }
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
