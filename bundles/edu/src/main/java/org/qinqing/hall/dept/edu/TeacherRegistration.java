package org.qinqing.hall.dept.edu;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 教师资格定期注册: at least 360 hours of continuing education in the five-year cycle, the
 * professional-ethics assessment passed and every annual appraisal of the cycle passed. The
 * registration runs five years.
 */
final class TeacherRegistration implements ApprovalHandler {
    static final int MIN_HOURS = 360;
    static final int CYCLE_YEARS = 5;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("trainingHours") < MIN_HOURS) {
            out.add(Finding.field("trainingHours", "五年注册周期内累计培训不少于" + MIN_HOURS + "学时，现为" + a.integer("trainingHours") + "学时"));
        }
        if (!a.flag("ethicsPassed")) {
            out.add(Finding.field("ethicsPassed", "师德考核不合格的，不予注册"));
        }
        if (!a.flag("appraisalsPassed")) {
            out.add(Finding.field("appraisalsPassed", "注册周期内年度考核不合格的，暂缓注册"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("teacher-registration", "教师资格定期注册证明")
                .validUntil(a.date().plusYears(CYCLE_YEARS))
                .text(a.applicant().name() + "教师资格定期注册合格，有效期五年。")
                .build());
    }
}
