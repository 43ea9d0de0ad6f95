package org.qinqing.hall.dept.emergency;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 危险化学品重大危险源备案 (秒批, 《危险化学品重大危险源监督管理暂行规定》): the safety assessment is at
 * most three years old; filed within 15 days of the assessment, else the record says it was late.
 */
final class MajorHazardFiling implements ApprovalHandler {
    static final int ASSESSMENT_YEARS = 3;
    static final int DAYS = 15;

    @Override
    public CheckResult check(Application a) {
        if (a.date("assessmentDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("assessmentDate", "报告完成日期不能晚于备案日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date("assessmentDate").plusYears(ASSESSMENT_YEARS).isBefore(a.date())) {
            return List.of(Finding.field("assessmentDate", "重大危险源安全评估报告已超过3年，须重新进行安全评估后备案"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        boolean late = a.date().isAfter(a.date("assessmentDate").plusDays(DAYS));
        return List.of(IssuedDocument.of("major-hazard-filing", "危险化学品重大危险源备案登记表")
                .validUntil(a.date("assessmentDate").plusYears(ASSESSMENT_YEARS))
                .text(a.applicant().name() + a.text("level") + "重大危险源已备案" + (late ? "（逾期备案，超过评估报告完成后15日）" : "") + "。")
                .attribute("level", a.text("level"))
                .attribute("late", String.valueOf(late))
                .build());
    }
}
