package org.qinqing.hall.dept.hr;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;

/**
 * 劳动保障监察投诉: not for matters already taken to mediation, arbitration or court; a violation that
 * ended more than two years ago and was never discovered or reported is no longer investigated
 * (劳动保障监察条例 Art. 20).
 */
final class InspectionComplaint implements ApprovalHandler {
    static final int LIMIT_YEARS = 2;

    @Override
    public CheckResult check(Application a) {
        if (a.flag("inArbitrationOrLitigation")) {
            return CheckResult.reject("已经按照劳动争议处理程序申请调解、仲裁或者已经提起诉讼的，劳动保障监察不予受理，请按争议处理程序办理");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date("violationEnded") != null && a.date("violationEnded").isBefore(a.date().minusYears(LIMIT_YEARS))) {
            return List.of(Finding.field("violationEnded", "违法行为终了已超过2年，劳动保障行政部门不再查处"));
        }
        return List.of();
    }
}
