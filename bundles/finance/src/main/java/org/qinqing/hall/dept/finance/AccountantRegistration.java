package org.qinqing.hall.dept.finance;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 会计人员信息采集 (《会计人员管理办法》): accounting staff are at least 16 and have the professional
 * ability — an accounting degree or an accounting professional qualification, whose certificate
 * then comes with the application. Registered instantly (秒批).
 */
final class AccountantRegistration implements ApprovalHandler {
    static final int MIN_AGE = 16;

    @Override
    public CheckResult check(Application a) {
        if (a.applicant().ageOn(a.date()) < MIN_AGE) {
            return CheckResult.reject("未满" + MIN_AGE + "周岁不能从事会计工作");
        }
        if (!"无".equals(a.text("qualification")) && a.material("qualification") == null) {
            return CheckResult.supplement(Finding.material("qualification", "填报了会计专业技术资格的，须提交资格证书"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if ("无".equals(a.text("qualification")) && !a.flag("accountingMajor")) {
            return List.of(Finding.rule("会计人员须具备会计类专业学历或会计专业技术资格"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("accountant-registration", "会计人员信息采集登记回执")
                .text(a.applicant().name() + "的会计人员信息已采集入库，任职单位" + a.text("employerCode") + "。信息变更的请及时更新。")
                .attribute("qualification", a.text("qualification"))
                .attribute("employerCode", a.text("employerCode"))
                .build());
    }
}
