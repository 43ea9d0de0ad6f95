package org.qinqing.hall.dept.industry;

import static org.qinqing.hall.dept.industry.FundItems.CURRENT;
import static org.qinqing.hall.dept.industry.FundItems.PREVIOUS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * Growth rewards (工业增加值增长奖励, 营业收入增长奖励, 经营贡献增长奖励 …): last year's value of
 * the measure reaches the category's scale and grew by at least its rate over the year before;
 * reward = min(rate × increment, cap).
 */
final class GrowthReward implements ApprovalHandler {
    private final FundCategory c;

    GrowthReward(FundCategory c) {
        this.c = c;
    }

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal(PREVIOUS).signum() <= 0) {
            out.add(Finding.field(PREVIOUS, "前一年度" + c.label + "须大于0，无前一年度数据的企业不能申报增长奖励"));
        }
        if (a.decimal(CURRENT).signum() < 0) {
            out.add(Finding.field(CURRENT, "上一年度" + c.label + "不能为负数"));
        }
        return FundGate.admit(a, out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        BigDecimal current = a.decimal(CURRENT);
        if (FundGate.below(current, c.threshold)) {
            out.add(Finding.field(CURRENT, "上一年度" + c.label + current.toPlainString() + "万元，低于本类别要求的" + c.threshold + "万元"));
        }
        BigDecimal growth = growthPercent(a);
        if (growth.compareTo(BigDecimal.valueOf(c.secondary)) < 0) {
            out.add(Finding.field(CURRENT, c.label + "同比增长" + growth.toPlainString() + "%，未达到本类别要求的" + c.secondary + "%"));
        }
        FundGate.oncePerYear(a, c, out);
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        BigDecimal increment = a.decimal(CURRENT).subtract(a.decimal(PREVIOUS));
        long amount = FundGate.capped(FundGate.yuan(increment), c.rate, c.cap);
        return FundGate.decision(a, c, amount, c.label + "同比增长" + growthPercent(a).toPlainString() + "%，按增量"
                + increment.toPlainString() + "万元的" + FundGate.percent(c.rate) + "%计算" + (amount == c.cap ? "并按本类别上限核定" : ""));
    }

    private static BigDecimal growthPercent(Application a) {
        BigDecimal previous = a.decimal(PREVIOUS);
        return a.decimal(CURRENT).subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous, 2, RoundingMode.HALF_UP);
    }
}
