package org.qinqing.hall.dept.hr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 在职人才引进核准: full-time bachelor or above, under the age limit of the education level,
 * graduated before applying. The approval feeds the household-registration transfer card.
 */
final class TalentIntroduction implements ApprovalHandler {
    static final int VALID_MONTHS = 6;

    @Override
    public CheckResult check(Application a) {
        if (a.date("graduationDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("graduationDate", "毕业时间不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        Education e = Education.of(a.text("education"));
        int age = a.applicant().ageOn(a.date());
        if (age >= e.maxAge) {
            out.add(Finding.rule("申请人年龄" + age + "周岁，" + e.label + "学历人才引进须在" + e.maxAge + "周岁以下"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        LocalDate until = a.date().plusMonths(VALID_MONTHS);
        return List.of(IssuedDocument.of(HrItems.TALENT_APPROVAL, "深圳市在职人才引进核准通知")
                .validUntil(until)
                .text("经审核，" + a.applicant().name() + "（" + a.text("education") + "）符合在职人才引进条件，准予引进。"
                        + "用人单位：" + a.text("employer") + "。请于" + until + "前办理户籍迁入手续。")
                .attribute("education", a.text("education"))
                .attribute("employerCode", a.text("employerCode"))
                .build());
    }
}
