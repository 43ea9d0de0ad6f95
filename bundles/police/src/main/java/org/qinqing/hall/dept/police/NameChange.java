package org.qinqing.hall.dept.police;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;

/**
 * 变更姓名 (户口登记条例 Art. 18): under 18 the change is applied for by the person or a parent or
 * adoptive parent, who is named; from 18 by the person alone.
 */
final class NameChange implements ApprovalHandler {
    static final int ADULT = 18;

    @Override
    public CheckResult check(Application a) {
        boolean minor = a.applicant().ageOn(a.date()) < ADULT;
        if (minor && a.text("guardianId") == null) {
            return CheckResult.supplement(Finding.field("guardianId", "未满十八周岁的，由父母或收养人申请变更姓名，须填写其身份证号码"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.applicant().name().equals(a.text("newName"))) {
            return List.of(Finding.field("newName", "拟变更姓名与现用姓名相同"));
        }
        return List.of();
    }
}
