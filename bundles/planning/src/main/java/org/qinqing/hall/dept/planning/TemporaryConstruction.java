package org.qinqing.hall.dept.planning;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 临时建设工程规划许可 (《城乡规划法》第四十四条): not approved when it affects the implementation of the
 * plans or traffic, city appearance or safety; it cannot stand longer than the land may be used.
 */
final class TemporaryConstruction implements ApprovalHandler {

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.flag("affectsPlanning")) {
            out.add(Finding.field("affectsPlanning", "临时建设影响近期建设规划或者控制性详细规划的实施以及交通、市容、安全等的，不得批准"));
        }
        if (a.date("endDate").isAfter(a.date("landUntil"))) {
            out.add(Finding.field("endDate", "临时建筑使用期限不能超过土地使用期限（" + a.date("landUntil") + "）"));
        }
        if (a.date("endDate").isBefore(a.date("startDate"))) {
            out.add(Finding.field("endDate", "结束日期不能早于开始日期"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("temporary-construction-permit", "临时建设工程规划许可证")
                .validUntil(a.date("endDate"))
                .text("准予" + a.applicant().name() + "建设临时建筑" + Numbers.plain(a.decimal("floorArea")) + "平方米，使用期限至" + a.date("endDate")
                        + "，期满前自行拆除。")
                .build());
    }
}
