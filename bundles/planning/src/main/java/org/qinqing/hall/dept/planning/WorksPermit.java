package org.qinqing.hall.dept.planning;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 建设工程规划许可证 (《城乡规划法》第四十条): the design keeps the planning conditions — plot ratio and
 * height at most their caps, green ratio at least its minimum.
 */
final class WorksPermit implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("siteArea").signum() <= 0) {
            return CheckResult.supplement(Finding.field("siteArea", "用地面积须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (Numbers.far(a).compareTo(a.decimal("farCap")) > 0) {
            out.add(Finding.field("floorArea", "容积率" + Numbers.far(a) + "超过规划条件上限" + Numbers.plain(a.decimal("farCap"))));
        }
        if (a.decimal("height").compareTo(a.decimal("heightCap")) > 0) {
            out.add(Finding.field("height", "建筑高度" + Numbers.plain(a.decimal("height")) + "米超过限高" + Numbers.plain(a.decimal("heightCap")) + "米"));
        }
        if (a.decimal("greenRatio").compareTo(a.decimal("greenRatioMin")) < 0) {
            out.add(Finding.field("greenRatio", "绿地率" + Numbers.plain(a.decimal("greenRatio")) + "%低于规划条件下限"
                    + Numbers.plain(a.decimal("greenRatioMin")) + "%"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = Numbers.of("深规划资源南建字", a);
        return List.of(IssuedDocument.of(PlanningItems.WORKS_PERMIT_KIND, "建设工程规划许可证")
                .text("编号：" + number + "。建设单位：" + a.applicant().name() + "。工程名称：" + a.text("project") + "。计容建筑面积"
                        + Numbers.plain(a.decimal("floorArea")) + "平方米，建筑高度" + Numbers.plain(a.decimal("height")) + "米。")
                .attribute("permitNumber", number)
                .attribute("floorArea", Numbers.plain(a.decimal("floorArea")))
                .attribute("height", Numbers.plain(a.decimal("height")))
                .build());
    }
}
