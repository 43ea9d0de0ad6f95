package org.qinqing.hall.dept.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 车辆购置税申报 (《车辆购置税法》): 10% of the price without VAT (13%); new energy vehicles on the
 * catalogue bought in 2024–2025 are exempt up to 30,000 yuan, in 2026–2027 the tax is halved with at
 * most 15,000 yuan off. Declared within 60 days of purchase; after that a late fee of 0.05% a day
 * (《税收征收管理法》第三十二条).
 */
final class VehiclePurchaseTax implements ApprovalHandler {
    static final BigDecimal VAT = new BigDecimal("1.13");
    static final BigDecimal RATE = new BigDecimal("0.10");
    static final BigDecimal FULL_CAP = new BigDecimal("30000");
    static final BigDecimal HALF_CAP = new BigDecimal("15000");
    static final BigDecimal LATE_FEE = new BigDecimal("0.0005");
    static final int DAYS = 60;

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("invoicePrice").signum() <= 0) {
            return CheckResult.supplement(Finding.field("invoicePrice", "发票价税合计金额须大于0"));
        }
        if (a.date("purchaseDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("purchaseDate", "购车日期不能晚于申报日期"));
        }
        return CheckResult.accept();
    }

    static BigDecimal base(Application a) {
        return a.decimal("invoicePrice").divide(VAT, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal tax(Application a) {
        return Money.yuan(base(a).multiply(RATE));
    }

    static BigDecimal reduction(Application a) {
        if (!a.flag("newEnergy")) {
            return BigDecimal.ZERO;
        }
        int year = a.date("purchaseDate").getYear();
        BigDecimal tax = tax(a);
        if (year == 2024 || year == 2025) {
            return tax.min(FULL_CAP);
        }
        if (year == 2026 || year == 2027) {
            return Money.yuan(tax.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)).min(HALF_CAP);
        }
        return BigDecimal.ZERO;
    }

    static BigDecimal payable(Application a) {
        return tax(a).subtract(reduction(a));
    }

    static long daysLate(Application a) {
        LocalDate deadline = a.date("purchaseDate").plusDays(DAYS);
        return Math.max(0, ChronoUnit.DAYS.between(deadline, a.date()));
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        BigDecimal fee = Money.yuan(payable(a).multiply(LATE_FEE).multiply(BigDecimal.valueOf(daysLate(a))));
        return List.of(IssuedDocument.of("vehicle-purchase-tax-certificate", "车辆购置税完税证明")
                .text("计税价格" + Money.show(base(a)) + "元，应纳税额" + Money.show(tax(a)) + "元，减免税额" + Money.show(reduction(a))
                        + "元，实缴税额" + Money.show(payable(a)) + "元" + (daysLate(a) > 0 ? "，逾期" + daysLate(a) + "日加收滞纳金" + Money.show(fee) + "元" : "") + "。")
                .attribute("taxableBase", Money.show(base(a)))
                .attribute("tax", Money.show(tax(a)))
                .attribute("reduction", Money.show(reduction(a)))
                .attribute("payable", Money.show(payable(a)))
                .attribute("lateFee", Money.show(fee))
                .build());
    }
}
