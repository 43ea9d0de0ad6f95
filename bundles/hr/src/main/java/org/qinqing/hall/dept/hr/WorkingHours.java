package org.qinqing.hall.dept.hr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 特殊工时制度审批 (劳动法 Arts. 36, 41; 劳部发〔1994〕503号). Under the averaged-hours system the
 * average week over the period stays within the standard 40 hours and overtime within 36 hours a
 * month; the approval is granted for one to three years.
 */
final class WorkingHours implements ApprovalHandler {
    static final String FLEXIBLE = "不定时工作制";
    static final String AVERAGED = "综合计算工时工作制";
    static final BigDecimal WEEKLY = new BigDecimal("40");
    static final BigDecimal MONTHLY_OVERTIME = new BigDecimal("36");
    static final int MAX_YEARS = 3;

    @Override
    public CheckResult check(Application a) {
        if (AVERAGED.equals(a.text("system")) && (a.decimal("averageWeeklyHours") == null || a.decimal("monthlyOvertime") == null)) {
            return CheckResult.supplement(Finding.field("averageWeeklyHours", "实行综合计算工时工作制的，须填写周期内平均每周工作时间和平均每月延长工作时间"));
        }
        if (a.integer("employees") < 1) {
            return CheckResult.supplement(Finding.field("employees", "涉及职工人数至少为1人"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (AVERAGED.equals(a.text("system"))) {
            if (a.decimal("averageWeeklyHours").compareTo(WEEKLY) > 0) {
                out.add(Finding.field("averageWeeklyHours", "综合计算周期内平均每周工作时间应与法定标准工作时间（40小时）基本相同，申报"
                        + a.decimal("averageWeeklyHours").toPlainString() + "小时"));
            }
            if (a.decimal("monthlyOvertime").compareTo(MONTHLY_OVERTIME) > 0) {
                out.add(Finding.field("monthlyOvertime", "延长工作时间每月不得超过36小时，申报" + a.decimal("monthlyOvertime").toPlainString() + "小时"));
            }
        }
        long years = a.integer("years");
        if (years < 1 || years > MAX_YEARS) {
            out.add(Finding.field("years", "批复有效期为1至3年，申请" + years + "年"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("working-hours-approval", "实行" + a.text("system") + "的批复")
                .validUntil(a.date().plusYears(a.integer("years")))
                .text("同意" + a.applicant().name() + "对" + a.integer("employees") + "名职工实行" + a.text("system") + "，须保障职工休息休假权利。")
                .build());
    }
}
