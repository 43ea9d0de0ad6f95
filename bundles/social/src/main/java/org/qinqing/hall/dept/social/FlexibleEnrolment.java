package org.qinqing.hall.dept.social;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 灵活就业人员参保登记: from 16 to the statutory retirement age, with a positive contribution base. */
final class FlexibleEnrolment implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("contributionBase").signum() <= 0) {
            return CheckResult.supplement(Finding.field("contributionBase", "缴费基数须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.applicant().ageOn(a.date()) < WorkingAge.MIN_AGE) {
            return List.of(Finding.rule("未满16周岁，不能以灵活就业人员身份参保"));
        }
        LocalDate retirement = WorkingAge.retirement(a.applicant(), a.text("post"));
        if (!a.date().isBefore(retirement)) {
            return List.of(Finding.rule("已于" + retirement + "达到法定退休年龄，不能新参加职工基本养老保险，可申领基本养老金或参加城乡居民养老保险"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("flexible-employment-enrolment", "灵活就业人员参保登记回执")
                .text(a.applicant().name() + "自" + a.date().withDayOfMonth(1) + "起以灵活就业人员身份参保，缴费基数" + a.decimal("contributionBase") + "元。")
                .build());
    }
}
