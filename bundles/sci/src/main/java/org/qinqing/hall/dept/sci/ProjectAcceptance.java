package org.qinqing.hall.dept.sci;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 区科技计划项目结题验收: applied for after the planned completion date and within 6 months of it;
 * district funding of 100万元 or more needs the special audit report; spending below 70% of the
 * budget does not pass (the unused district funds are returned).
 */
final class ProjectAcceptance implements ApprovalHandler {
    static final int WINDOW_MONTHS = 6;
    static final BigDecimal AUDIT_FUNDING = BigDecimal.valueOf(100);
    static final long MIN_SPENT = 70;

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("funding").compareTo(AUDIT_FUNDING) >= 0 && a.material("audit") == null) {
            return CheckResult.supplement(Finding.material("audit", "区财政资助100万元以上的项目须提交项目资金专项审计报告"));
        }
        if (a.decimal("budget").signum() <= 0) {
            return CheckResult.supplement(Finding.field("budget", "项目总预算须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date("endDate").isAfter(a.date())) {
            out.add(Finding.field("endDate", "项目计划完成日期为" + a.date("endDate") + "，尚未到期"));
        } else if (a.date("endDate").isBefore(a.date().minusMonths(WINDOW_MONTHS))) {
            out.add(Finding.field("endDate", "项目到期已超过" + WINDOW_MONTHS + "个月未申请验收，按逾期项目处理"));
        }
        BigDecimal spent = Ratio.percent(a.decimal("spent"), a.decimal("budget"));
        if (Ratio.below(spent, MIN_SPENT)) {
            out.add(Finding.field("spent", "实际支出占预算" + spent + "%，低于70%，不予通过验收，结余的区财政资金应予退回"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("sci-project-acceptance", "南山区科技计划项目验收证书")
                .text("项目" + a.text("projectNumber") + "经专家组验收，通过结题验收。项目实际支出" + a.decimal("spent").toPlainString() + "万元。")
                .attribute("projectNumber", a.text("projectNumber"))
                .build());
    }
}
