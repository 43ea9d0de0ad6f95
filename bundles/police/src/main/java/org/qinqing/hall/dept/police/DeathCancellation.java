package org.qinqing.hall.dept.police;

import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;

/** 死亡注销 (户口登记条例 Art. 8): declared by a relative or other person, not in one's own name; the death has occurred. */
final class DeathCancellation implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        if (a.text("deceasedId").equals(a.applicant().number())) {
            return CheckResult.supplement(Finding.field("deceasedId", "死者身份证号码不能与申报人相同"));
        }
        if (a.date("deathDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("deathDate", "死亡日期不能晚于申报日期"));
        }
        return CheckResult.accept();
    }
}
