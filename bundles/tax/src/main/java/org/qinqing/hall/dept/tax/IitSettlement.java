package org.qinqing.hall.dept.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 个人所得税综合所得年度汇算 (秒批). Opens on 1 March of the following year (《个人所得税法》第十一条); a
 * refund may be claimed for three years (《税收征收管理法》第五十一条). Tax due is waived when the year's
 * income is at most 120,000 yuan or the amount due at most 400 yuan.
 */
final class IitSettlement implements ApprovalHandler {
    static final BigDecimal INCOME_EXEMPT = new BigDecimal("120000");
    static final BigDecimal DUE_EXEMPT = new BigDecimal("400");
    static final int REFUND_YEARS = 3;

    static final String REFUND = "退税";
    static final String PAY = "补税";
    static final String WAIVED = "免于补税";
    static final String NONE = "无需退补税";

    @Override
    public CheckResult check(Application a) {
        for (String key : new String[] {"income", "taxPayable", "taxPrepaid"}) {
            if (a.decimal(key).signum() < 0) {
                return CheckResult.supplement(Finding.field(key, "金额不能为负数"));
            }
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        int year = a.integer("taxYear").intValue();
        LocalDate opens = LocalDate.of(year + 1, 3, 1);
        if (a.date().isBefore(opens)) {
            return List.of(Finding.field("taxYear", year + "年度汇算自" + opens + "开始办理"));
        }
        LocalDate refundEnds = LocalDate.of(year + 1, 6, 30).plusYears(REFUND_YEARS);
        if (REFUND.equals(result(a)) && a.date().isAfter(refundEnds)) {
            return List.of(Finding.field("taxYear", "多缴税款自结算缴纳之日起超过三年，不再退还"));
        }
        return List.of();
    }

    /** @return 应纳税额 − 已预缴税额: positive to pay, negative to refund */
    static BigDecimal balance(Application a) {
        return a.decimal("taxPayable").subtract(a.decimal("taxPrepaid"));
    }

    static String result(Application a) {
        BigDecimal b = balance(a);
        if (b.signum() < 0) {
            return REFUND;
        }
        if (b.signum() == 0) {
            return NONE;
        }
        return a.decimal("income").compareTo(INCOME_EXEMPT) <= 0 || b.compareTo(DUE_EXEMPT) <= 0 ? WAIVED : PAY;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String result = result(a);
        BigDecimal amount = REFUND.equals(result) ? balance(a).negate() : PAY.equals(result) ? balance(a) : BigDecimal.ZERO;
        String text = REFUND.equals(result) ? "应退税额" + Money.show(amount) + "元，将退至申报的银行账户。"
                : PAY.equals(result) ? "应补税额" + Money.show(amount) + "元，请于" + (a.integer("taxYear") + 1) + "年6月30日前缴纳。"
                : WAIVED.equals(result) ? "需补税额" + Money.show(balance(a)) + "元，符合免于补税条件，无需缴纳。" : "无需退税或补税。";
        return List.of(IssuedDocument.of("iit-settlement-result", a.integer("taxYear") + "年度个人所得税综合所得汇算结果")
                .text(a.applicant().name() + "：" + text)
                .attribute("result", result)
                .attribute("amount", Money.show(amount))
                .build());
    }
}
