package org.qinqing.hall.dept.police;

import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;

/** 居民身份证首次申领: under 16 the application is made by a guardian, who must be named. */
final class IdCardFirst implements ApprovalHandler {
    static final int ADULT_AGE = 16;

    @Override
    public CheckResult check(Application a) {
        if (a.applicant().ageOn(a.date()) < ADULT_AGE && a.text("guardianId") == null) {
            return CheckResult.supplement(Finding.field("guardianId", "未满16周岁的，由监护人代为申领，须填写监护人身份证号码"));
        }
        return CheckResult.accept();
    }
}
