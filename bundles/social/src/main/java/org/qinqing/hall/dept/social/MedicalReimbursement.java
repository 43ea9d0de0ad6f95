package org.qinqing.hall.dept.social;

import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;

/**
 * 医疗费用零星报销: a positive amount for care already given; care outside Shenzhen without a filing is
 * reimbursed only for emergencies and rescue, proven by the hospital.
 */
final class MedicalReimbursement implements ApprovalHandler {
    static final String LOCAL = "市内定点医疗机构（未能直接结算）";
    static final String FILED = "市外已备案就医";
    static final String UNFILED = "市外未备案急诊、抢救";
    static final String[] PLACES = {LOCAL, FILED, UNFILED};

    @Override
    public CheckResult check(Application a) {
        if (a.date("treatmentDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("treatmentDate", "就医日期不能晚于申请日期"));
        }
        if (a.decimal("amount").signum() <= 0) {
            return CheckResult.supplement(Finding.field("amount", "医疗费用总额须大于0"));
        }
        if (UNFILED.equals(a.text("place")) && a.material("emergency-proof") == null) {
            return CheckResult.supplement(Finding.material("emergency-proof", "在市外未办理异地就医备案就医的，仅急诊、抢救费用可以报销，须提交急诊、抢救证明"));
        }
        return CheckResult.accept();
    }
}
