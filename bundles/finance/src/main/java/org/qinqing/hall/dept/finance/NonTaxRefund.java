package org.qinqing.hall.dept.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 非税收入退付: the refund is positive and at most what was paid; an over- or mistaken payment is
 * refunded when claimed within 3 years of payment (as 税收征收管理法 第五十一条 does for taxes).
 */
final class NonTaxRefund implements ApprovalHandler {
    static final String[] REASONS = {"多缴、误缴", "依法减免", "行政复议决定或法院判决撤销"};
    static final int CLAIM_YEARS = 3;

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        BigDecimal refund = a.decimal("refundAmount");
        if (refund.signum() <= 0) {
            out.add(Finding.field("refundAmount", "申请退付金额须大于0"));
        } else if (refund.compareTo(a.decimal("paidAmount")) > 0) {
            out.add(Finding.field("refundAmount", "申请退付金额" + refund.toPlainString() + "元超过已缴金额" + a.decimal("paidAmount").toPlainString() + "元"));
        }
        if (a.date("paymentDate").isAfter(a.date())) {
            out.add(Finding.field("paymentDate", "缴款日期不能晚于申请日期"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        if ("多缴、误缴".equals(a.text("reason")) && a.date("paymentDate").isBefore(a.date().minusYears(CLAIM_YEARS))) {
            return List.of(Finding.field("paymentDate", "多缴、误缴的款项须自缴款之日起" + CLAIM_YEARS + "年内申请退付，缴款日期为" + a.date("paymentDate")));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("non-tax-refund-notice", "非税收入退付通知书")
                .text("缴款书" + a.text("paymentNumber") + "项下非税收入因“" + a.text("reason") + "”退付人民币"
                        + a.decimal("refundAmount").toPlainString() + "元，退至" + a.text("account") + "。")
                .attribute("amount", a.decimal("refundAmount").toPlainString())
                .attribute("paymentNumber", a.text("paymentNumber"))
                .build());
    }
}
