package org.qinqing.hall.dept.justice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 社区矫正对象外出 (社区矫正法 Art. 27): for a legitimate reason, at most 30 days at a time, applied
 * for before leaving and returning within the correction term. The approval is valid for the trip.
 */
final class CorrectionLeave implements ApprovalHandler {
    static final String[] REASONS = {"就医", "家庭重大变故", "子女就学", "参加诉讼", "工作需要", "其他正当理由"};
    static final int MAX_DAYS = 30;

    @Override
    public CheckResult check(Application a) {
        if (a.date("leaveDate").isBefore(a.date())) {
            return CheckResult.supplement(Finding.field("leaveDate", "外出须事先申请，离开日期不能早于申请日期"));
        }
        if (a.integer("days") < 1) {
            return CheckResult.supplement(Finding.field("days", "外出天数至少为1天"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("days") > MAX_DAYS) {
            out.add(Finding.field("days", "每次批准外出的时间不超过30日，申请" + a.integer("days") + "日"));
        }
        if (returnDate(a).isAfter(a.date("correctionEnds"))) {
            out.add(Finding.field("days", "外出期限不得超过社区矫正期满日期" + a.date("correctionEnds")));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("correction-leave-approval", "社区矫正对象外出审批表")
                .validUntil(returnDate(a))
                .text("准予" + a.applicant().name() + "因" + a.text("reason") + "前往" + a.text("destination") + "，" + a.date("leaveDate")
                        + "离开，" + returnDate(a) + "前返回并报告。")
                .build());
    }

    private static LocalDate returnDate(Application a) {
        return a.date("leaveDate").plusDays(a.integer("days"));
    }
}
