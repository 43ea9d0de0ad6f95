package org.qinqing.hall.dept.hr;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 就业登记 (秒批): of working age — at least 16, under the statutory retirement age (60 for men,
 * 50 for women in this rule set) — and a start date no more than 30 days ahead.
 */
final class EmploymentRegistration implements ApprovalHandler {
    static final int MIN_AGE = 16;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        int age = a.applicant().ageOn(a.date());
        int retirement = a.applicant().male() ? 60 : 50;
        if (age < MIN_AGE) {
            out.add(Finding.rule("未满" + MIN_AGE + "周岁，不能办理就业登记"));
        }
        if (age >= retirement) {
            out.add(Finding.rule("已达法定退休年龄（" + retirement + "周岁），不能办理就业登记"));
        }
        if (a.date("startDate").isAfter(a.date().plusDays(30))) {
            out.add(Finding.field("startDate", "入职日期不能晚于申请日期30天以上"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("employment-registration", "就业登记证明")
                .text(a.applicant().name() + "已于" + a.date("startDate") + "在用人单位（" + a.text("employerCode") + "）办理就业登记。")
                .build());
    }
}
