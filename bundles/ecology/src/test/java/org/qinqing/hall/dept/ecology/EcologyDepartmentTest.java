package org.qinqing.hall.dept.ecology;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.dept.ecology.Fixtures.COMPANY;
import static org.qinqing.hall.dept.ecology.Fixtures.DAY;
import static org.qinqing.hall.dept.ecology.Fixtures.DEPT;
import static org.qinqing.hall.dept.ecology.Fixtures.MAN_36;
import static org.qinqing.hall.dept.ecology.Fixtures.app;
import static org.qinqing.hall.dept.ecology.Fixtures.handler;
import static org.qinqing.hall.dept.ecology.Fixtures.item;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.HallPromises;
import org.qinqing.hall.spi.contract.TestApplication;

public class EcologyDepartmentTest {

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(DEPT);
        assertEquals(Level.DISTRICT, DEPT.level());
    }

    @Test
    public void meetsTheCatalogueQuota() {
        List<Item> items = DEPT.items();
        assertEquals(14, items.size());
        assertEquals(10, items.stream().filter(i -> i.has(Flag.ONE_WINDOW)).count());
        assertEquals(4, items.stream().filter(i -> i.has(Flag.WECHAT)).count());
        assertEquals(4, items.stream().filter(i -> i.has(Flag.ZERO_VISIT)).count());
        assertEquals(6, items.stream().filter(Item::halvedLimit).count());
        HallPromises.assertKept(DEPT, i -> app(i.code(), COMPANY).build());
    }

    private static TestApplication registration() {
        return app(EcologyItems.EIA_REGISTRATION, COMPANY).form("projectName", "味道餐厅项目").form("location", "深圳市南山区科技园路1号")
                .form("category", EiaRegistration.REGISTRATION_FORM).form("operationDate", "2026-04-01").form("totalInvestment", 80);
    }

    @Test
    public void eiaRegistrationIsAnInstantFilingBeforeOperation() {
        Item item = item(EcologyItems.EIA_REGISTRATION);
        assertEquals(ItemType.FILING, item.type());
        assertTrue(item.has(Flag.INSTANT_APPROVAL));
        ApprovalHandler h = handler(EcologyItems.EIA_REGISTRATION);
        Application a = registration().build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(a).outcome());
        assertEquals(List.of(), h.review(a));
        assertTrue(h.approvesInstantly(a));
        assertTrue(h.issue(a).get(0).attributes().get("filingNumber").startsWith("2026440305"));
        assertEquals("operationDate", h.review(registration().form("operationDate", "2026-01-01").build()).get(0).subject());
    }

    @Test
    public void eiaRegistrationRefusesProjectsThatNeedAReport() {
        Application report = registration().form("category", EiaRegistration.REPORT).build();
        assertEquals(CheckResult.Outcome.REJECT, handler(EcologyItems.EIA_REGISTRATION).check(report).outcome());
    }

    private static TestApplication project() {
        return app(EcologyItems.EIA_FORM_APPROVAL, COMPANY).form("projectName", "南山某电子厂扩建项目").form("location", "深圳市南山区西丽街道")
                .form("totalInvestment", 3000).form("envInvestment", 120).form("constructionStarted", false).form("inRedLine", false);
    }

    @Test
    public void eiaApprovalRefusesProjectsBuiltBeforeApprovalOrInTheRedLineAndLastsFiveYears() {
        ApprovalHandler h = handler(EcologyItems.EIA_FORM_APPROVAL);
        Application ok = project().build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        IssuedDocument approval = h.issue(ok).get(0);
        assertEquals("eia-approval", approval.kind());
        assertEquals(DAY.plusYears(5), approval.validUntil());
        assertEquals("constructionStarted", h.review(project().form("constructionStarted", true).build()).get(0).subject());
        assertEquals("inRedLine", h.review(project().form("inRedLine", true).build()).get(0).subject());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(project().form("envInvestment", 3001).build()).outcome());
    }

    @Test
    public void eiaRecheckIsOnlyForApprovalsOlderThanFiveYearsWithoutMajorChanges() {
        ApprovalHandler h = handler(EcologyItems.EIA_RECHECK);
        TestApplication t = app(EcologyItems.EIA_RECHECK, COMPANY).form("majorChange", false);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.form("approvalDate", "2021-03-01").build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("approvalDate", "2021-03-02").build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("approvalDate", "2020-01-01").form("majorChange", true).build()).outcome());
    }

    private static TestApplication night(String reason) {
        return app(EcologyItems.NIGHT_CONSTRUCTION, COMPANY).form("site", "深圳市南山区后海大道某工地").form("reason", reason)
                .form("startDate", "2026-03-05").form("endDate", "2026-03-07");
    }

    @Test
    public void nightConstructionIsForProcessNeedsWithProofNotForCatchingUp() {
        ApprovalHandler h = handler(EcologyItems.NIGHT_CONSTRUCTION);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(night(NightConstruction.SPECIAL).build()).outcome());
        assertEquals("process-proof", h.check(night(NightConstruction.PROCESS).build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(night(NightConstruction.PROCESS).material("process-proof").build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(night(NightConstruction.SCHEDULE).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(night(NightConstruction.RESCUE).build()).outcome());
        Application ok = night(NightConstruction.SPECIAL).build();
        assertEquals(List.of(), h.review(ok));
        assertEquals(LocalDate.of(2026, 3, 7), h.issue(ok).get(0).validUntil());
        assertEquals("endDate", h.review(night(NightConstruction.SPECIAL).form("endDate", "2026-03-04").build()).get(0).subject());
    }

    private static TestApplication discharge(String management) {
        return app(EcologyItems.DISCHARGE_PERMIT, COMPANY).form("management", management).form("outlets", 2)
                .form("pollutants", "COD、氨氮、VOCs").form("meetsStandards", true).form("annualEmission", 3.2).form("totalQuota", 4);
    }

    @Test
    public void dischargePermitNeedsTheEiaApprovalAndKeyUnitsTheirMonitoringPlan() {
        Item item = item(EcologyItems.DISCHARGE_PERMIT);
        assertEquals("eia-approval", item.material("eia-approval").kind());
        ApprovalHandler h = handler(EcologyItems.DISCHARGE_PERMIT);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(discharge(DischargePermit.SIMPLIFIED).build()).outcome());
        assertEquals("monitoring-plan", h.check(discharge(DischargePermit.KEY).build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(discharge(DischargePermit.KEY).material("monitoring-plan").build()).outcome());
    }

    @Test
    public void dischargePermitRequiresStandardsAndTheTotalQuotaAndLastsFiveYears() {
        ApprovalHandler h = handler(EcologyItems.DISCHARGE_PERMIT);
        Application ok = discharge(DischargePermit.SIMPLIFIED).build();
        assertEquals(List.of(), h.review(ok));
        assertEquals(DAY.plusYears(5).minusDays(1), h.issue(ok).get(0).validUntil());
        assertEquals(COMPANY + "001P", h.issue(ok).get(0).attributes().get("permitNumber"));
        assertEquals("annualEmission", h.review(discharge(DischargePermit.SIMPLIFIED).form("annualEmission", 4.01).build()).get(0).subject());
        assertEquals("meetsStandards", h.review(discharge(DischargePermit.SIMPLIFIED).form("meetsStandards", false).build()).get(0).subject());
    }

    @Test
    public void dischargeRenewalMustBeAskedSixtyDaysBeforeExpiry() {
        ApprovalHandler h = handler(EcologyItems.DISCHARGE_RENEWAL);
        assertEquals(List.of(), h.review(app(EcologyItems.DISCHARGE_RENEWAL, COMPANY).form("expiryDate", "2026-05-01").build()));
        assertEquals(1, h.review(app(EcologyItems.DISCHARGE_RENEWAL, COMPANY).form("expiryDate", "2026-04-30").build()).size());
    }

    @Test
    public void dischargeRegistrationIsOnlyForRegistrationManagement() {
        ApprovalHandler h = handler(EcologyItems.DISCHARGE_REGISTRATION);
        TestApplication t = app(EcologyItems.DISCHARGE_REGISTRATION, COMPANY).form("industry", "餐饮业");
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.form("category", DischargeRegistration.REGISTRATION).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("category", DischargePermit.SIMPLIFIED).build()).outcome());
    }

    @Test
    public void hazwastePlanChecksTheCodesOfTheNationalCatalogue() {
        ApprovalHandler h = handler(EcologyItems.HAZWASTE_PLAN);
        TestApplication t = app(EcologyItems.HAZWASTE_PLAN, COMPANY).form("annualQuantity", 1.5);
        Application ok = t.form("wasteCodes", "HW08 900-249-08，HW49 900-041-49").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(t.form("wasteCodes", "HW08 900-249-09").build()).outcome());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(t.form("wasteCodes", "废机油").build()).outcome());
        assertEquals("annualQuantity", h.review(t.form("wasteCodes", "HW08 900-249-08").form("annualQuantity", 0).build()).get(0).subject());
    }

    @Test
    public void radiationLicenceNeedsEveryWorkerTrainedAndDoseMonitoring() {
        ApprovalHandler h = handler(EcologyItems.RADIATION_LICENCE);
        TestApplication t = app(EcologyItems.RADIATION_LICENCE, COMPANY).form("devices", 2).form("workers", 3).form("doseMonitoring", true);
        assertEquals(List.of(), h.review(t.form("trainedWorkers", 3).build()));
        assertEquals(DAY.plusYears(5).minusDays(1), h.issue(t.build()).get(0).validUntil());
        assertEquals("trainedWorkers", h.review(t.form("trainedWorkers", 2).build()).get(0).subject());
        assertEquals("doseMonitoring", h.review(t.form("trainedWorkers", 3).form("doseMonitoring", false).build()).get(0).subject());
        assertEquals(PartyType.BOTH, item(EcologyItems.COMPLAINT).party());
        assertEquals(MAN_36.length(), 18);
    }
}
