package org.qinqing.hall.dept.tax;

import java.math.BigDecimal;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 最高开票限额审批: a limit above 100,000 yuan is decided after the tax office has inspected the
 * business on site; a single invoice may not exceed what the business expects to sell in a year.
 */
final class InvoiceLimit implements ApprovalHandler {
    static final String[] LIMITS = {"一万元", "十万元", "一百万元", "一千万元"};
    static final long FIRST_SUPPLY_LIMIT = 100_000;

    static long yuan(String limit) {
        switch (limit) {
            case "一万元":
                return 10_000;
            case "十万元":
                return 100_000;
            case "一百万元":
                return 1_000_000;
            default:
                return 10_000_000;
        }
    }

    @Override
    public CheckResult check(Application a) {
        if (yuan(a.text("invoiceLimit")) > FIRST_SUPPLY_LIMIT && a.material("site-inspection") == null) {
            return CheckResult.supplement(Finding.material("site-inspection", "申请十万元以上最高开票限额的，须经主管税务机关实地查验，请预约查验后补充查验记录"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        BigDecimal limit = BigDecimal.valueOf(yuan(a.text("invoiceLimit")));
        if (limit.compareTo(a.decimal("annualSales")) > 0) {
            return List.of(Finding.field("invoiceLimit", "申请的单份最高开票限额" + a.text("invoiceLimit") + "超过预计年销售额"
                    + Money.show(a.decimal("annualSales")) + "元，与经营规模不相适应"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("invoice-limit-approval", "准予税务行政许可决定书（最高开票限额）")
                .text("准予" + a.applicant().name() + "增值税专用发票最高开票限额为" + a.text("invoiceLimit") + "。")
                .attribute("invoiceLimit", a.text("invoiceLimit"))
                .build());
    }
}
