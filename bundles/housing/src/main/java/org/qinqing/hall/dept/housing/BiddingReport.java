package org.qinqing.hall.dept.housing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;

/**
 * 招标投标情况书面报告: only for projects that must be tendered (必须招标的工程项目规定: a single
 * contract of 4 million yuan for works, 2 million for important goods, 1 million for survey, design
 * and supervision services); filed within 15 days of naming the winner (招标投标法 Art. 47).
 */
final class BiddingReport implements ApprovalHandler {
    static final String WORKS = "施工";
    static final String GOODS = "重要设备、材料等货物采购";
    static final String SERVICES = "勘察、设计、监理等服务采购";
    static final String[] TYPES = {WORKS, GOODS, SERVICES};
    /** Thresholds in ten thousand yuan. */
    static final Map<String, BigDecimal> THRESHOLD = Map.of(WORKS, new BigDecimal("400"), GOODS, new BigDecimal("200"),
            SERVICES, new BigDecimal("100"));
    static final int REPORT_DAYS = 15;

    @Override
    public CheckResult check(Application a) {
        BigDecimal threshold = THRESHOLD.get(a.text("contractType"));
        if (a.decimal("contractAmount").compareTo(threshold) < 0) {
            return CheckResult.reject(a.text("contractType") + "单项合同估算价低于" + threshold.toPlainString()
                    + "万元，不属于依法必须招标的项目，无须提交招标投标情况书面报告");
        }
        if (a.date("awardDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("awardDate", "确定中标人日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date().isAfter(a.date("awardDate").plusDays(REPORT_DAYS))) {
            return List.of(Finding.field("awardDate", "应当自确定中标人之日起15日内提交书面报告，已逾期，转监督执法处理后备案"));
        }
        return List.of();
    }
}
