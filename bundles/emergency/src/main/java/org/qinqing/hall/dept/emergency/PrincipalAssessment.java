package org.qinqing.hall.dept.emergency;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 主要负责人和安全生产管理人员考核: at least 48 hours of initial safety training for hazardous chemicals,
 * fireworks and metallurgy (《生产经营单位安全培训规定》) and a pass mark of 80 of 100; the certificate is
 * valid three years.
 */
final class PrincipalAssessment implements ApprovalHandler {
    static final int HOURS = 48;
    static final int PASS = 80;
    static final int VALID_YEARS = 3;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("trainingHours") < HOURS) {
            out.add(Finding.field("trainingHours", a.text("industry") + "的" + a.text("role") + "初次安全培训时间不得少于" + HOURS + "学时"));
        }
        if (a.integer("examScore") < PASS) {
            out.add(Finding.field("examScore", "考试成绩" + a.integer("examScore") + "分，未达到" + PASS + "分合格线"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("safety-management-certificate", "安全生产知识和管理能力考核合格证明")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text(a.applicant().name() + "（" + a.text("industry") + a.text("role") + "）安全生产知识和管理能力考核合格。")
                .attribute("role", a.text("role"))
                .build());
    }
}
