package org.qinqing.hall.dept.planning;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 建设用地规划许可证 (《城乡规划法》第三十八条): the transfer contract must contain the planning conditions
 * (a contract without them is void); the declared floor area keeps within the plot ratio of the
 * planning conditions.
 */
final class LandUsePermit implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("siteArea").signum() <= 0 || a.decimal("floorArea").signum() < 0 || a.decimal("farCap").signum() <= 0) {
            return CheckResult.supplement(Finding.field("siteArea", "用地面积、容积率上限须大于0，计容建筑面积不能为负数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!a.flag("conditionsInContract")) {
            out.add(Finding.field("conditionsInContract", "规划条件未纳入国有土地使用权出让合同的，该出让合同无效，不能核发建设用地规划许可证"));
        }
        if (Numbers.far(a).compareTo(a.decimal("farCap")) > 0) {
            out.add(Finding.field("floorArea", "申报容积率" + Numbers.far(a) + "超过规划条件容积率上限" + Numbers.plain(a.decimal("farCap"))));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = Numbers.of("深规划资源南地字", a);
        return List.of(IssuedDocument.of(PlanningItems.LAND_USE_PERMIT_KIND, "建设用地规划许可证")
                .text("编号：" + number + "。用地单位：" + a.applicant().name() + "。宗地号：" + a.text("parcel") + "。用地性质：" + a.text("landUse")
                        + "。用地面积" + Numbers.plain(a.decimal("siteArea")) + "平方米，计容建筑面积" + Numbers.plain(a.decimal("floorArea")) + "平方米。")
                .attribute("permitNumber", number)
                .attribute("parcel", a.text("parcel"))
                .attribute("farCap", Numbers.plain(a.decimal("farCap")))
                .build());
    }
}
