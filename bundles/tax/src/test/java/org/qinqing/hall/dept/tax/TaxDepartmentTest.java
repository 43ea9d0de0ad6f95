package org.qinqing.hall.dept.tax;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.dept.tax.Fixtures.COMPANY;
import static org.qinqing.hall.dept.tax.Fixtures.DAY;
import static org.qinqing.hall.dept.tax.Fixtures.DEPT;
import static org.qinqing.hall.dept.tax.Fixtures.MAN_36;
import static org.qinqing.hall.dept.tax.Fixtures.app;
import static org.qinqing.hall.dept.tax.Fixtures.appWithout;
import static org.qinqing.hall.dept.tax.Fixtures.handler;
import static org.qinqing.hall.dept.tax.Fixtures.item;

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

public class TaxDepartmentTest {

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(DEPT);
        assertEquals(Level.MUNICIPAL, DEPT.level());
    }

    @Test
    public void meetsTheCatalogueQuota() {
        List<Item> items = DEPT.items();
        assertEquals(16, items.size());
        assertEquals(13, items.stream().filter(i -> i.has(Flag.ONE_WINDOW)).count());
        assertEquals(10, items.stream().filter(i -> i.has(Flag.WECHAT)).count());
        assertEquals(10, items.stream().filter(i -> i.has(Flag.ZERO_VISIT)).count());
        assertEquals(6, items.stream().filter(Item::halvedLimit).count());
        HallPromises.assertKept(DEPT, i -> app(i.code(), i.party() == PartyType.PERSON ? MAN_36 : COMPANY).build());
    }

    @Test
    public void newTaxpayerRequiresTheBusinessLicenceAndIssuesTheInvoiceSupply() {
        Item item = item(TaxItems.NEW_TAXPAYER);
        assertEquals(PartyType.ENTERPRISE, item.party());
        assertEquals("business-licence", item.material("business-licence").kind());
        assertTrue(item.material("business-licence").required());
        Application a = newTaxpayer().build();
        ApprovalHandler h = handler(TaxItems.NEW_TAXPAYER);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(a).outcome());
        assertEquals(List.of(), h.review(a));
        assertTrue(h.approvesInstantly(a));
        assertEquals("25", h.issue(a).get(0).attributes().get("specialInvoices"));
    }

    private static TestApplication newTaxpayer() {
        return app(TaxItems.NEW_TAXPAYER, COMPANY).form("taxpayerType", "小规模纳税人").form("taxOfficerId", MAN_36)
                .form("taxOfficerPhone", "13800138000").form("specialInvoices", 25).form("ordinaryInvoices", 50).form("invoiceLimit", "十万元");
    }

    @Test
    public void newTaxpayerFirstInvoiceSupplyIsCappedAt25SpecialAnd50Ordinary() {
        ApprovalHandler h = handler(TaxItems.NEW_TAXPAYER);
        assertEquals("specialInvoices", h.review(newTaxpayer().form("specialInvoices", 26).build()).get(0).subject());
        assertEquals("ordinaryInvoices", h.review(newTaxpayer().form("ordinaryInvoices", 51).build()).get(0).subject());
        assertEquals(CheckResult.Outcome.REJECT, h.check(newTaxpayer().form("invoiceLimit", "一百万元").build()).outcome());
    }

    @Test
    public void newTaxpayerRefusesSomeoneElsesBusinessLicence() {
        ApprovalHandler h = handler(TaxItems.NEW_TAXPAYER);
        TestApplication own = appWithout(TaxItems.NEW_TAXPAYER, COMPANY, "business-licence")
                .material("business-licence", null, Map.of("creditCode", COMPANY));
        TestApplication other = appWithout(TaxItems.NEW_TAXPAYER, COMPANY, "business-licence")
                .material("business-licence", null, Map.of("creditCode", "914403007777777751"));
        for (TestApplication t : List.of(own, other)) {
            t.form("taxpayerType", "小规模纳税人").form("taxOfficerId", MAN_36).form("taxOfficerPhone", "13800138000")
                    .form("specialInvoices", 10).form("ordinaryInvoices", 20).form("invoiceLimit", "一万元");
        }
        assertEquals(List.of(), h.review(own.build()));
        assertEquals("business-licence", h.review(other.build()).get(0).subject());
    }

    @Test
    public void generalTaxpayerBelowFiveMillionNeedsSoundAccounts() {
        ApprovalHandler h = handler(TaxItems.GENERAL_TAXPAYER);
        TestApplication t = app(TaxItems.GENERAL_TAXPAYER, COMPANY).form("effectiveFrom", "次月1日");
        assertEquals(List.of(), h.review(t.form("annualSales", 3_000_000).form("accountingSound", true).build()));
        assertEquals(1, h.review(t.form("accountingSound", false).build()).size());
        Application big = t.form("annualSales", 6_000_000).build();
        assertEquals(List.of(), h.review(big));
        assertEquals("2026-04-01", h.issue(big).get(0).attributes().get("effectiveDate"));
    }

    @Test
    public void invoiceLimitAboveTenThousandNeedsASiteInspectionAndMustFitTheBusiness() {
        ApprovalHandler h = handler(TaxItems.INVOICE_LIMIT);
        TestApplication t = app(TaxItems.INVOICE_LIMIT, COMPANY).form("annualSales", 8_000_000);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.form("invoiceLimit", "十万元").build()).outcome());
        assertEquals("site-inspection", h.check(t.form("invoiceLimit", "一百万元").build()).findings().get(0).subject());
        t.material("site-inspection");
        assertEquals(List.of(), h.review(t.build()));
        assertEquals("invoiceLimit", h.review(t.form("invoiceLimit", "一千万元").build()).get(0).subject());
    }

    @Test
    public void taxClearanceNeedsNothingOutstandingAndIssuesTheCertificateTheMarketRegulatorReuses() {
        ApprovalHandler h = handler(TaxItems.TAX_CLEARANCE);
        TestApplication t = app(TaxItems.TAX_CLEARANCE, COMPANY).form("pendingCases", false);
        Application clean = t.form("unpaidTax", 0).form("unusedInvoices", 0).build();
        assertEquals(List.of(), h.review(clean));
        assertEquals("tax-clearance-certificate", h.issue(clean).get(0).kind());
        assertEquals(2, h.review(t.form("unpaidTax", 1200.5).form("unusedInvoices", 3).build()).size());
    }

    @Test
    public void deferredPaymentIsAtMostThreeMonthsForACompanyShortOfCash() {
        ApprovalHandler h = handler(TaxItems.DEFERRED_PAYMENT);
        TestApplication t = app(TaxItems.DEFERRED_PAYMENT, COMPANY).form("reason", DeferredPayment.NO_FUNDS).form("taxDue", 500_000)
                .form("dueDate", "2026-03-15").form("funds", 600_000).form("payroll", 200_000);
        Application ok = t.form("months", 3).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertEquals("2026-06-15", h.issue(ok).get(0).attributes().get("newDueDate"));
        assertEquals("months", h.review(t.form("months", 4).build()).get(0).subject());
        assertEquals("funds", h.review(t.form("months", 2).form("payroll", 50_000).build()).get(0).subject());
    }

    @Test
    public void deferredPaymentMustBeAskedBeforeTheDeadlineAndForceMajeureNeedsProof() {
        ApprovalHandler h = handler(TaxItems.DEFERRED_PAYMENT);
        TestApplication t = app(TaxItems.DEFERRED_PAYMENT, COMPANY).form("reason", DeferredPayment.FORCE_MAJEURE).form("taxDue", 500_000)
                .form("funds", 0).form("payroll", 0).form("months", 1);
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("dueDate", "2026-02-15").build()).outcome());
        assertEquals("loss-proof", h.check(t.form("dueDate", "2026-03-15").build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.material("loss-proof").build()).outcome());
    }

    @Test
    public void crossRegionReportIsForBusinessOutsideShenzhenValidForTheContract() {
        ApprovalHandler h = handler(TaxItems.CROSS_REGION);
        TestApplication t = app(TaxItems.CROSS_REGION, COMPANY).form("contractStart", "2026-03-10").form("contractEnd", "2026-09-30")
                .form("contractAmount", 1_200_000);
        Application guangzhou = t.form("destinationRegion", "440106").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(guangzhou).outcome());
        assertEquals(List.of(), h.review(guangzhou));
        IssuedDocument report = h.issue(guangzhou).get(0);
        assertEquals(java.time.LocalDate.of(2026, 9, 30), report.validUntil());
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("destinationRegion", "440306").build()).outcome());
        assertEquals("contractEnd", h.review(t.form("destinationRegion", "440106").form("contractEnd", "2026-03-01").build()).get(0).subject());
    }

    @Test
    public void iitSettlementRefundsOverpaidTaxAndOpensOnTheFirstOfMarch() {
        ApprovalHandler h = handler(TaxItems.IIT_SETTLEMENT);
        TestApplication t = app(TaxItems.IIT_SETTLEMENT, MAN_36).form("taxYear", 2025).form("income", 260_000)
                .form("taxPayable", 14_080).form("taxPrepaid", 15_600);
        Application refund = t.build();
        assertEquals(List.of(), h.review(refund));
        assertEquals("退税", h.issue(refund).get(0).attributes().get("result"));
        assertEquals("1520.00", h.issue(refund).get(0).attributes().get("amount"));
        Application early = t.on(java.time.LocalDate.of(2026, 2, 28)).build();
        assertEquals("taxYear", h.review(early).get(0).subject());
    }

    @Test
    public void iitSettlementWaivesSmallAmountsDueAndLowIncomes() {
        ApprovalHandler h = handler(TaxItems.IIT_SETTLEMENT);
        TestApplication t = app(TaxItems.IIT_SETTLEMENT, MAN_36).form("taxYear", 2025).form("taxPrepaid", 10_000);
        assertEquals("免于补税", h.issue(t.form("income", 260_000).form("taxPayable", 10_400).build()).get(0).attributes().get("result"));
        assertEquals("补税", h.issue(t.form("taxPayable", 10_401).build()).get(0).attributes().get("result"));
        assertEquals("免于补税", h.issue(t.form("income", 120_000).build()).get(0).attributes().get("result"));
    }

    @Test
    public void paymentCertificateIsForAFinishedPeriod() {
        ApprovalHandler h = handler(TaxItems.PAYMENT_CERTIFICATE);
        TestApplication t = app(TaxItems.PAYMENT_CERTIFICATE, MAN_36).form("purpose", "购房").form("periodStart", "2025-01-01");
        assertEquals(List.of(), h.review(t.form("periodEnd", "2025-12-31").build()));
        assertEquals("periodEnd", h.review(t.form("periodEnd", "2026-12-31").build()).get(0).subject());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(t.form("periodEnd", "2024-12-31").build()).outcome());
    }

    @Test
    public void residenceCertificateNeedsADomicileOr183Days() {
        ApprovalHandler h = handler(TaxItems.RESIDENCE_CERTIFICATE);
        TestApplication t = app(TaxItems.RESIDENCE_CERTIFICATE, MAN_36).form("year", 2025).form("treatyCountry", "新加坡")
                .form("domiciled", false);
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(t.build()).outcome());
        assertEquals(List.of(), h.review(t.form("daysInChina", 183).build()));
        assertEquals("daysInChina", h.review(t.form("daysInChina", 182).build()).get(0).subject());
        assertEquals(List.of(), h.review(app(TaxItems.RESIDENCE_CERTIFICATE, COMPANY).form("year", 2025).form("treatyCountry", "新加坡").build()));
    }

    @Test
    public void vehiclePurchaseTaxIsTenPercentWithoutVatAndHalvedForNewEnergyCarsIn2026() {
        ApprovalHandler h = handler(TaxItems.VEHICLE_PURCHASE_TAX);
        TestApplication t = app(TaxItems.VEHICLE_PURCHASE_TAX, MAN_36).form("purchaseDate", "2026-02-01").form("invoicePrice", 226_000);
        Map<String, String> petrol = h.issue(t.form("newEnergy", false).build()).get(0).attributes();
        assertEquals("200000.00", petrol.get("taxableBase"));
        assertEquals("20000.00", petrol.get("payable"));
        Map<String, String> electric = h.issue(t.form("newEnergy", true).build()).get(0).attributes();
        assertEquals("10000.00", electric.get("reduction"));
        assertEquals("10000.00", electric.get("payable"));
        Map<String, String> luxury = h.issue(t.form("invoicePrice", 452_000).build()).get(0).attributes();
        assertEquals("15000.00", luxury.get("reduction"));
        assertEquals("25000.00", luxury.get("payable"));
    }

    @Test
    public void vehiclePurchaseTaxAfterSixtyDaysAddsTheLateFeeAndFuturePurchasesAreCorrected() {
        ApprovalHandler h = handler(TaxItems.VEHICLE_PURCHASE_TAX);
        TestApplication t = app(TaxItems.VEHICLE_PURCHASE_TAX, MAN_36).form("invoicePrice", 226_000).form("newEnergy", false);
        assertEquals("0.00", h.issue(t.form("purchaseDate", "2026-01-01").build()).get(0).attributes().get("lateFee"));
        assertEquals("100.00", h.issue(t.form("purchaseDate", "2025-12-22").build()).get(0).attributes().get("lateFee"));
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(t.form("purchaseDate", "2026-03-03").build()).outcome());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.form("purchaseDate", "2026-03-02").build()).outcome());
    }

    @Test
    public void refundIsForAtMostThePaidAmountWithinThreeYears() {
        ApprovalHandler h = handler(TaxItems.REFUND);
        TestApplication t = app(TaxItems.REFUND, COMPANY).form("amountPaid", 10_000).form("refundAmount", 3_000);
        assertEquals(List.of(), h.review(t.form("paymentDate", "2023-03-02").build()));
        assertFalse(h.review(t.form("paymentDate", "2023-03-01").build()).isEmpty());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(t.form("refundAmount", 10_001).build()).outcome());
        assertEquals(DAY, t.build().date());
    }
}
