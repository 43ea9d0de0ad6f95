package org.qinqing.hall.dept.planning;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 建设工程规划条件核实 (《城乡规划法》第四十五条): the building as surveyed is not larger nor higher than
 * permitted. The certificate (kind {@code planning-verification-certificate}) feeds the first
 * registration.
 */
final class PlanningVerification implements ApprovalHandler {

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal("builtArea").compareTo(a.decimal("permittedArea")) > 0) {
            out.add(Finding.field("builtArea", "实测建筑面积超出许可面积" + Numbers.plain(a.decimal("builtArea").subtract(a.decimal("permittedArea")))
                    + "平方米，不符合规划条件"));
        }
        if (a.decimal("builtHeight").compareTo(a.decimal("permittedHeight")) > 0) {
            out.add(Finding.field("builtHeight", "实测建筑高度超出许可高度，不符合规划条件"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(PlanningItems.VERIFICATION_KIND, "建设工程规划验收合格证")
                .text(a.applicant().name() + "的建设工程经核实符合规划条件，实测建筑面积" + Numbers.plain(a.decimal("builtArea")) + "平方米。")
                .attribute("builtArea", Numbers.plain(a.decimal("builtArea")))
                .build());
    }
}
