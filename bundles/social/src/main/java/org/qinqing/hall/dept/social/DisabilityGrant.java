package org.qinqing.hall.dept.social;

import java.math.BigDecimal;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 一次性伤残补助金 (《工伤保险条例》第三十五条至第三十七条): 27, 25, 23, 21, 18, 16, 13, 11, 9 or 7 months
 * of the person's wage for grades one to ten; the wage counts at least 60% and at most 300% of the
 * regional average (第六十四条). The assessment follows the injury.
 */
final class DisabilityGrant implements ApprovalHandler {
    static final String[] GRADES = {"一级", "二级", "三级", "四级", "五级", "六级", "七级", "八级", "九级", "十级"};
    static final int[] MONTHS = {27, 25, 23, 21, 18, 16, 13, 11, 9, 7};
    static final BigDecimal FLOOR = new BigDecimal("0.6");
    static final BigDecimal CAP = new BigDecimal("3");

    static int months(String grade) {
        for (int i = 0; i < GRADES.length; i++) {
            if (GRADES[i].equals(grade)) {
                return MONTHS[i];
            }
        }
        throw new IllegalArgumentException("unknown grade " + grade);
    }

    static BigDecimal wage(Application a) {
        BigDecimal avg = a.decimal("averageWage");
        return a.decimal("ownWage").max(avg.multiply(FLOOR)).min(avg.multiply(CAP));
    }

    static BigDecimal amount(Application a) {
        return wage(a).multiply(BigDecimal.valueOf(months(a.text("grade")))).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("ownWage").signum() <= 0 || a.decimal("averageWage").signum() <= 0) {
            return CheckResult.supplement(Finding.field("ownWage", "本人工资和统筹地区职工平均工资须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date("assessmentDate").isBefore(a.date("injuryDate"))) {
            return List.of(Finding.field("assessmentDate", "劳动能力鉴定结论不能早于受伤日期，请核对鉴定结论书"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("work-injury-grant-decision", "一次性伤残补助金核定通知")
                .text(a.applicant().name() + "伤残等级" + a.text("grade") + "，按" + months(a.text("grade")) + "个月本人工资（计发基数"
                        + wage(a).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "元）核定一次性伤残补助金人民币"
                        + amount(a).toPlainString() + "元。")
                .attribute("amount", amount(a).toPlainString())
                .build());
    }
}
