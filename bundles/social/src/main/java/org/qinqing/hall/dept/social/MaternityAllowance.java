package org.qinqing.hall.dept.social;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 生育津贴: claimed by the woman who gave birth; the days are the 98 days of maternity leave, 15 more
 * for a difficult birth and 15 for each further baby (《女职工劳动保护特别规定》第七条), plus Guangdong's 80
 * days; the daily rate is the employer's last-year average monthly wage divided by 30
 * (《社会保险法》第五十六条).
 */
final class MaternityAllowance implements ApprovalHandler {
    static final int LEAVE = 98;
    static final int EXTRA = 15;
    static final int GUANGDONG = 80;

    static int days(Application a) {
        return LEAVE + (a.flag("dystocia") ? EXTRA : 0) + EXTRA * (a.integer("babies").intValue() - 1) + GUANGDONG;
    }

    static BigDecimal amount(Application a) {
        return a.decimal("employerAverageWage").multiply(BigDecimal.valueOf(days(a))).divide(BigDecimal.valueOf(30), 2, RoundingMode.HALF_UP);
    }

    @Override
    public CheckResult check(Application a) {
        if (a.applicant().male()) {
            return CheckResult.reject("生育津贴由生育的女职工申领；男职工的陪产假工资由用人单位支付");
        }
        if (a.date("childbirthDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("childbirthDate", "分娩日期不能晚于申请日期"));
        }
        if (a.integer("babies") < 1) {
            return CheckResult.supplement(Finding.field("babies", "婴儿数至少为1"));
        }
        if (a.flag("dystocia") && a.material("dystocia-proof") == null) {
            return CheckResult.supplement(Finding.material("dystocia-proof", "难产的，须提交医疗机构出具的难产诊断证明"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.decimal("employerAverageWage").signum() <= 0) {
            return List.of(Finding.field("employerAverageWage", "用人单位上年度职工月平均工资须大于0"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("maternity-allowance-decision", "生育津贴核定通知")
                .text(a.applicant().name() + "于" + a.date("childbirthDate") + "分娩，核定生育津贴天数" + days(a) + "天，金额人民币"
                        + amount(a).toPlainString() + "元。")
                .attribute("days", String.valueOf(days(a)))
                .attribute("amount", amount(a).toPlainString())
                .build());
    }
}
