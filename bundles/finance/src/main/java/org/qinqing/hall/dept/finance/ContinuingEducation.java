package org.qinqing.hall.dept.finance;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 会计专业技术人员继续教育 (《会计专业技术人员继续教育规定》): at least 90 credits a year, at least
 * two thirds of them in professional subjects; credits are registered for the current or the
 * previous year. Registered instantly (秒批).
 */
final class ContinuingEducation implements ApprovalHandler {
    static final long MIN_CREDITS = 90;

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("year") > a.date().getYear()) {
            out.add(Finding.field("year", "学分年度不能晚于当前年度"));
        }
        if (a.integer("professionalCredits") > a.integer("totalCredits")) {
            out.add(Finding.field("professionalCredits", "专业科目学分不能多于总学分"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        long year = a.integer("year");
        if (year < a.date().getYear() - 1) {
            out.add(Finding.field("year", year + "年度学分登记期已过，仅可登记当年或上一年度学分"));
        }
        long total = a.integer("totalCredits");
        long professional = a.integer("professionalCredits");
        if (total < MIN_CREDITS) {
            out.add(Finding.field("totalCredits", "年度总学分" + total + "分，不足" + MIN_CREDITS + "学分"));
        }
        if (professional * 3 < total * 2) {
            out.add(Finding.field("professionalCredits", "专业科目学分" + professional + "分，不足总学分的三分之二"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("accountant-cpe-record", a.integer("year") + "年度会计专业技术人员继续教育合格证明")
                .text(a.applicant().name() + "于" + a.integer("year") + "年度取得继续教育学分" + a.integer("totalCredits") + "分（专业科目"
                        + a.integer("professionalCredits") + "分），符合继续教育要求。")
                .attribute("year", String.valueOf(a.integer("year")))
                .attribute("credits", String.valueOf(a.integer("totalCredits")))
                .build());
    }
}
