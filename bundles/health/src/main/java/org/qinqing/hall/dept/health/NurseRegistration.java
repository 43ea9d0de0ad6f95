package org.qinqing.hall.dept.health;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 护士执业注册 (护士条例 Art. 7): within three years of passing the exam; later applicants add
 * proof of three months' clinical training. The certificate is valid five years.
 */
final class NurseRegistration implements ApprovalHandler {
    static final int EXAM_YEARS = 3;

    @Override
    public CheckResult check(Application a) {
        boolean late = a.date("examPassedDate").isBefore(a.date().minusYears(EXAM_YEARS));
        if (late && a.material("training-proof") == null) {
            return CheckResult.supplement(Finding.material("training-proof",
                    "考试合格已超过" + EXAM_YEARS + "年，须提交3个月临床护理培训考核合格证明"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date("examPassedDate").isAfter(a.date())) {
            return List.of(Finding.field("examPassedDate", "考试合格日期不能晚于申请日期"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("nurse-practice-certificate", "护士执业证书")
                .validUntil(a.date().plusYears(5))
                .text(a.applicant().name() + "护士执业注册，有效期五年。")
                .build());
    }
}
