package org.qinqing.hall.dept.civil;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 高龄老人津贴 (秒批): Shenzhen-registered residents of 80 and over; 200 yuan a month from 80,
 * 500 from 90, 1,000 from 100.
 */
final class ElderlyAllowance implements ApprovalHandler {
    static final int MIN_AGE = 80;

    @Override
    public CheckResult check(Application a) {
        if (!CivilAssistanceItems.HUKOU[0].equals(a.text("hukou"))) {
            return CheckResult.reject("高龄老人津贴发放对象为深圳市户籍老年人");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        int age = a.applicant().ageOn(a.date());
        if (age < MIN_AGE) {
            return List.of(Finding.rule("高龄老人津贴发放对象为年满" + MIN_AGE + "周岁的老年人，申请人现年" + age + "周岁"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        int monthly = monthly(a.applicant().ageOn(a.date()));
        return List.of(IssuedDocument.of("subsidy-decision", "高龄老人津贴核定通知")
                .text(a.applicant().name() + "，核定高龄津贴每月人民币" + monthly + "元，按月发放至本人银行账户。")
                .attribute("monthlyAmount", String.valueOf(monthly))
                .build());
    }

    static int monthly(int age) {
        return age >= 100 ? 1000 : age >= 90 ? 500 : 200;
    }
}
