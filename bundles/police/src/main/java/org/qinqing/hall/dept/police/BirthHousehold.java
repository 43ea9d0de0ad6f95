package org.qinqing.hall.dept.police;

import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;

/**
 * 出生登记 (户口登记条例 Art. 7): within one month of birth; later registrations explain the delay.
 * A birth date in the future is a typing error to correct.
 */
final class BirthHousehold implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        if (a.date("childBirthDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("childBirthDate", "出生日期不能晚于申请日期"));
        }
        boolean late = a.date("childBirthDate").isBefore(a.date().minusMonths(1));
        if (late && a.text("lateReason") == null) {
            return CheckResult.supplement(Finding.field("lateReason", "出生已超过一个月，须填写逾期登记说明"));
        }
        return CheckResult.accept();
    }
}
