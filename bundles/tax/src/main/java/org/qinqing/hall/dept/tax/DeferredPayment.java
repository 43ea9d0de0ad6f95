package org.qinqing.hall.dept.tax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 延期缴纳税款核准 (《税收征收管理法》第三十一条, 实施细则第四十一条、第四十二条): applied for before the
 * payment deadline, for at most three months, for force majeure (with proof of the loss) or because
 * the month's cash after wages and social insurance does not cover the tax.
 */
final class DeferredPayment implements ApprovalHandler {
    static final String FORCE_MAJEURE = "因不可抗力造成较大损失";
    static final String NO_FUNDS = "当期货币资金不足以缴纳税款";
    static final int MAX_MONTHS = 3;

    @Override
    public CheckResult check(Application a) {
        if (a.date("dueDate").isBefore(a.date())) {
            return CheckResult.reject("延期缴纳税款应当在缴纳税款期限届满前提出申请，期限已于" + a.date("dueDate") + "届满");
        }
        if (FORCE_MAJEURE.equals(a.text("reason")) && a.material("loss-proof") == null) {
            return CheckResult.supplement(Finding.material("loss-proof", "因不可抗力申请的，须提交不可抗力造成损失的证明"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("months") < 1 || a.integer("months") > MAX_MONTHS) {
            out.add(Finding.field("months", "延期缴纳税款最长不得超过" + MAX_MONTHS + "个月"));
        }
        if (NO_FUNDS.equals(a.text("reason"))) {
            BigDecimal available = a.decimal("funds").subtract(a.decimal("payroll"));
            if (available.compareTo(a.decimal("taxDue")) >= 0) {
                out.add(Finding.field("funds", "当期货币资金扣除应付职工工资、社会保险费后为" + Money.show(available)
                        + "元，足以缴纳税款" + Money.show(a.decimal("taxDue")) + "元，不属于特殊困难"));
            }
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("tax-deferral-approval", "核准延期缴纳税款通知书")
                .validUntil(a.date("dueDate").plusMonths(a.integer("months")))
                .text("核准" + a.applicant().name() + "延期缴纳税款" + Money.show(a.decimal("taxDue")) + "元，延期至"
                        + a.date("dueDate").plusMonths(a.integer("months")) + "。")
                .attribute("newDueDate", a.date("dueDate").plusMonths(a.integer("months")).toString())
                .build());
    }
}
