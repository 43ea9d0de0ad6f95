package org.qinqing.hall.dept.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 会计专业技术资格考试报名资格: 初级 needs at least high-school education; 中级 needs years of
 * accounting work by education — 大学专科 5, 大学本科 4, 第二学士学位或研究生班 2, 硕士 1, 博士 0 —
 * and the proof of those years. The stated years cannot exceed the years since age 16.
 */
final class AccountingExam implements ApprovalHandler {
    static final String[] EDUCATION = {"高中（中专）", "大学专科", "大学本科", "第二学士学位或研究生班", "硕士研究生", "博士研究生"};
    /** Years of accounting work required for 中级, by education; -1: not admitted. */
    private static final int[] INTERMEDIATE_YEARS = {-1, 5, 4, 2, 1, 0};
    static final int WORKING_AGE = 16;

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        int possible = a.applicant().ageOn(a.date()) - WORKING_AGE;
        if (a.integer("accountingYears") > Math.max(possible, 0)) {
            out.add(Finding.field("accountingYears", "会计工作年限" + a.integer("accountingYears") + "年与年龄不符，请核对"));
        }
        if ("中级".equals(a.text("level")) && required(a) > 0 && a.material("work-proof") == null) {
            out.add(Finding.material("work-proof", "报考中级资格须提交从事会计工作年限证明"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        if (!"中级".equals(a.text("level"))) {
            return List.of();
        }
        int required = required(a);
        if (required < 0) {
            return List.of(Finding.field("education", "报考中级资格须具备大学专科以上学历"));
        }
        if (a.integer("accountingYears") < required) {
            return List.of(Finding.field("accountingYears", a.text("education") + "学历报考中级资格须从事会计工作满" + required + "年，现为"
                    + a.integer("accountingYears") + "年"));
        }
        return List.of();
    }

    private static int required(Application a) {
        int i = Arrays.asList(EDUCATION).indexOf(a.text("education"));
        return INTERMEDIATE_YEARS[i];
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        LocalDate until = LocalDate.of(a.date().getYear(), 12, 31);
        return List.of(IssuedDocument.of("accounting-exam-eligibility", a.date().getYear() + "年度会计专业技术资格考试报名资格审核确认")
                .validUntil(until)
                .text(a.applicant().name() + "报考" + a.text("level") + "会计专业技术资格考试的报名资格审核通过。")
                .attribute("level", a.text("level"))
                .build());
    }
}
