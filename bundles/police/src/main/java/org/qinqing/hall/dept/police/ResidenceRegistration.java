package org.qinqing.hall.dept.police;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 居住登记 (秒批): for residents without Shenzhen household registration; a tenant proves the address
 * with the filed lease. The registration receipt is the residence proof the residence permit reuses.
 */
final class ResidenceRegistration implements ApprovalHandler {
    static final String LOCAL = "深圳市户籍";
    static final String NON_LOCAL = "非深圳市户籍";
    static final String RENTED = "租赁房屋";
    static final String[] HOUSING = {RENTED, "自有房屋", "单位宿舍", "亲友住所"};

    @Override
    public CheckResult check(Application a) {
        if (LOCAL.equals(a.text("hukou"))) {
            return CheckResult.reject("本市户籍人员无须申报居住登记");
        }
        if (RENTED.equals(a.text("housing")) && a.material("lease-filing") == null) {
            return CheckResult.supplement(Finding.material("lease-filing", "租住房屋的，须提交房屋租赁登记备案凭证"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date("arrivalDate").isAfter(a.date())) {
            return List.of(Finding.field("arrivalDate", "到达居住地日期不能晚于申报日期"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("residence-proof", "深圳市居住登记凭证")
                .text(a.applicant().name() + "自" + a.date("arrivalDate") + "起居住于" + a.text("address") + "（" + a.text("housing") + "）。")
                .attribute("residentSince", a.date("arrivalDate").toString())
                .build());
    }
}
