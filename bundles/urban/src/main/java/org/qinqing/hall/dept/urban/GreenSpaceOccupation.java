package org.qinqing.hall.dept.urban;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 临时占用城市绿地: when trees are affected their felling or moving is approved first; the occupation
 * generally lasts no more than one year; the area is positive.
 */
final class GreenSpaceOccupation implements ApprovalHandler {
    static final int MAX_YEARS = 1;

    @Override
    public CheckResult check(Application a) {
        if (a.integer("treesAffected") > 0 && a.material("tree-approval") == null) {
            return CheckResult.supplement(Finding.material("tree-approval", "占用绿地涉及" + a.integer("treesAffected") + "株树木，须先取得砍伐、迁移城市树木批准文件"));
        }
        if (a.decimal("area").signum() <= 0) {
            return CheckResult.supplement(Finding.field("area", "占用面积须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        Finding period = Periods.problem(a);
        if (period != null) {
            out.add(period);
        }
        if (a.date("endDate").isAfter(a.date("startDate").plusYears(MAX_YEARS))) {
            out.add(Finding.field("endDate", "临时占用城市绿地期限一般不超过一年，确需延长的期满前另行申请"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("green-space-occupation-permit", "临时占用城市绿地许可决定书")
                .validUntil(a.date("endDate"))
                .text("准予" + a.applicant().name() + "临时占用" + a.text("location") + "绿地" + Signboard.plain(a.decimal("area")) + "平方米，期限"
                        + a.date("startDate") + "至" + a.date("endDate") + "，期满按恢复方案恢复原状。")
                .build());
    }
}
