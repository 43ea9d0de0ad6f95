package org.qinqing.hall.dept.culture;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 读者证 (秒批): free of charge and of deposit; a minor under 14 registers with a guardian, who is named. */
final class LibraryCard implements ApprovalHandler {
    static final int GUARDIAN_AGE = 14;

    @Override
    public CheckResult check(Application a) {
        if (a.applicant().ageOn(a.date()) < GUARDIAN_AGE && a.text("guardianId") == null) {
            return CheckResult.supplement(Finding.field("guardianId", "未满14周岁的读者由监护人陪同办证，须填写监护人身份证号码"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.text("guardianId") != null && a.text("guardianId").equals(a.applicant().number())) {
            return List.of(Finding.field("guardianId", "监护人不能是读者本人"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("library-card", "南山区公共图书馆读者证")
                .text(a.applicant().name() + "，免押金借阅，全区公共图书馆通借通还。").build());
    }
}
