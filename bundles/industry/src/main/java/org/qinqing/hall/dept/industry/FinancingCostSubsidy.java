package org.qinqing.hall.dept.industry;

import static org.qinqing.hall.dept.industry.FundItems.COST;
import static org.qinqing.hall.dept.industry.FundItems.PRINCIPAL;
import static org.qinqing.hall.dept.industry.FundItems.START;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * Financing-cost subsidies (贷款贴息, 融资担保费补贴, 出口信用保险保费资助, 债券贴息 …): the
 * principal reaches the category's minimum, the contract was signed within the last 24 months,
 * and the cost paid is plausible (at most 12% of the principal); subsidy = min(rate × cost, cap).
 */
final class FinancingCostSubsidy implements ApprovalHandler {
    static final int WINDOW_MONTHS = 24;
    /** The highest cost-to-principal ratio accepted without correction: above it the figures are inconsistent. */
    static final BigDecimal MAX_COST_RATIO = new BigDecimal("0.12");
    private final FundCategory c;

    FinancingCostSubsidy(FundCategory c) {
        this.c = c;
    }

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        BigDecimal cost = a.decimal(COST);
        if (cost.signum() <= 0) {
            out.add(Finding.field(COST, c.label + "须大于0"));
        } else if (cost.compareTo(a.decimal(PRINCIPAL).multiply(MAX_COST_RATIO)) > 0) {
            out.add(Finding.field(COST, c.label + cost.toPlainString() + "万元超过" + c.principal() + "的12%，请核对金额"));
        }
        if (a.date(START).isAfter(a.date())) {
            out.add(Finding.field(START, "合同起始日期不能晚于申报日期"));
        }
        return FundGate.admit(a, out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (FundGate.below(a.decimal(PRINCIPAL), c.threshold)) {
            out.add(Finding.field(PRINCIPAL, c.principal() + a.decimal(PRINCIPAL).toPlainString() + "万元，低于本类别要求的"
                    + c.threshold + "万元"));
        }
        if (a.date(START).isBefore(a.date().minusMonths(WINDOW_MONTHS))) {
            out.add(Finding.field(START, "合同起始日期" + a.date(START) + "距申报已超过" + WINDOW_MONTHS + "个月，不在支持期内"));
        }
        FundGate.oncePerYear(a, c, out);
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        long amount = FundGate.capped(FundGate.yuan(a.decimal(COST)), c.rate, c.cap);
        return FundGate.decision(a, c, amount, "按" + c.label + a.decimal(COST).toPlainString() + "万元的" + FundGate.percent(c.rate)
                + "%计算" + (amount == c.cap ? "并按本类别上限核定" : ""));
    }
}
