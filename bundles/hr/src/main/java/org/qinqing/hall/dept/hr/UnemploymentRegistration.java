package org.qinqing.hall.dept.hr;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 失业登记 (秒批, 就业服务与就业管理规定): of working age, without work and seeking it. The proof of
 * registration feeds the employment-difficulty certification.
 */
final class UnemploymentRegistration implements ApprovalHandler {

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        int age = a.applicant().ageOn(a.date());
        int retirement = WorkingAge.retirement(a.applicant().male());
        if (age < WorkingAge.MIN || age >= retirement) {
            out.add(Finding.rule("失业登记对象为" + WorkingAge.MIN + "周岁至法定退休年龄（" + retirement + "周岁）的劳动者，申请人现年" + age + "周岁"));
        }
        if (a.flag("employed")) {
            out.add(Finding.field("employed", "处于就业或经营状态的，不能办理失业登记"));
        }
        if (!a.flag("seekingWork")) {
            out.add(Finding.field("seekingWork", "失业登记对象须有就业要求"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(HrEmploymentItems.UNEMPLOYMENT_PROOF, "失业登记证明")
                .text(a.applicant().name() + "已于" + a.date() + "办理失业登记，可享受公共就业服务和就业扶持政策。")
                .attribute("registeredOn", a.date().toString())
                .build());
    }
}
