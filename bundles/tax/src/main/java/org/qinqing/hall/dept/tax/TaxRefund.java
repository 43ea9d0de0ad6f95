package org.qinqing.hall.dept.tax;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 退还多缴税款 (《税收征收管理法》第五十一条): claimed within three years of payment, for no more than was
 * paid.
 */
final class TaxRefund implements ApprovalHandler {
    static final int YEARS = 3;

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("refundAmount").signum() <= 0 || a.decimal("refundAmount").compareTo(a.decimal("amountPaid")) > 0) {
            return CheckResult.supplement(Finding.field("refundAmount", "申请退还金额须大于0且不超过已缴税款"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date("paymentDate").plusYears(YEARS).isBefore(a.date())) {
            return List.of(Finding.field("paymentDate", "自结算缴纳税款之日起已超过三年，不予退还"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("tax-refund-decision", "税务事项通知书（准予退税）")
                .text("准予退还" + a.applicant().name() + "多缴税款" + Money.show(a.decimal("refundAmount")) + "元。")
                .attribute("amount", Money.show(a.decimal("refundAmount")))
                .build());
    }
}
