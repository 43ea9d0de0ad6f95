package org.qinqing.hall.dept.industry;

import static org.qinqing.hall.dept.industry.FundItems.BASE;
import static org.qinqing.hall.dept.industry.FundItems.REVENUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * Proportional grants (研发投入资助, 技术改造补贴, 展会补贴, 上市中介费用补贴 …): the base the
 * enterprise states must reach the category's minimum and, where the category asks, last year's
 * revenue its threshold; grant = min(rate × base, cap).
 */
final class ProportionalGrant implements ApprovalHandler {
    private final FundCategory c;

    ProportionalGrant(FundCategory c) {
        this.c = c;
    }

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal(BASE).signum() <= 0) {
            out.add(Finding.field(BASE, c.label + "须大于0"));
        }
        if (c.threshold > 0 && a.decimal(REVENUE).signum() < 0) {
            out.add(Finding.field(REVENUE, "上年度营业收入不能为负数"));
        }
        return FundGate.admit(a, out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (c.threshold > 0 && FundGate.below(a.decimal(REVENUE), c.threshold)) {
            out.add(Finding.field(REVENUE, "上年度营业收入" + a.decimal(REVENUE).toPlainString() + "万元，低于本类别要求的"
                    + c.threshold + "万元"));
        }
        if (FundGate.below(a.decimal(BASE), c.secondary)) {
            out.add(Finding.field(BASE, c.label + a.decimal(BASE).toPlainString() + "万元，低于本类别要求的" + c.secondary + "万元"));
        }
        FundGate.oncePerYear(a, c, out);
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        BigDecimal base = a.decimal(BASE);
        long amount = amount(a);
        return FundGate.decision(a, c, amount, "按" + c.label + base.toPlainString() + "万元的" + FundGate.percent(c.rate) + "%计算"
                + (amount == c.cap ? "并按本类别上限核定" : ""));
    }

    long amount(Application a) {
        return FundGate.capped(FundGate.yuan(a.decimal(BASE)), c.rate, c.cap);
    }
}
