package org.qinqing.hall.dept.ndrc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 重点用能单位能源利用状况报告 (节约能源法 第五十二条、第五十三条): reported by units using 5000 tce
 * or more a year, for the previous year; a rise of more than 10% over the year before needs the
 * energy-saving improvement measures.
 */
final class EnergyUseReport implements ApprovalHandler {
    static final BigDecimal KEY_UNIT = BigDecimal.valueOf(5_000);
    static final BigDecimal RISE = new BigDecimal("1.10");

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("energyUse").compareTo(KEY_UNIT) < 0) {
            return CheckResult.reject("年综合能源消费量不足5000吨标准煤，不属于重点用能单位，无需报送能源利用状况报告");
        }
        List<Finding> out = new ArrayList<>();
        if (a.integer("reportYear") != a.date().getYear() - 1) {
            out.add(Finding.field("reportYear", "报告年度应为上一年度（" + (a.date().getYear() - 1) + "年）"));
        }
        if (rose(a) && a.material("improvement-plan") == null) {
            out.add(Finding.material("improvement-plan", "综合能源消费量同比增长超过10%，须提交节能改进措施"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    private static boolean rose(Application a) {
        return a.decimal("energyUse").compareTo(a.decimal("previousEnergyUse").multiply(RISE)) > 0;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("energy-use-report-receipt", a.integer("reportYear") + "年度能源利用状况报告回执")
                .text(a.applicant().name() + "报送的" + a.integer("reportYear") + "年度能源利用状况报告已收悉，综合能源消费量"
                        + a.decimal("energyUse").toPlainString() + "吨标准煤。")
                .build());
    }
}
