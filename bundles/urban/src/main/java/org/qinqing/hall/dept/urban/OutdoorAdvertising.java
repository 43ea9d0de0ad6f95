package org.qinqing.hall.dept.urban;

import java.util.List;
import java.util.Set;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 户外广告设施设置 and its temporary variant (《广告法》第四十二条): never on traffic safety facilities or
 * signs, nor in the building control zone of state organs or protected cultural relics; roof and
 * free-standing facilities come with a structural safety report; valid for the requested period.
 */
final class OutdoorAdvertising implements ApprovalHandler {
    static final String WALL = "建筑物外墙";
    static final String ROOF = "建筑物楼顶";
    static final String POLE = "独立立柱";
    static final String TRAFFIC = "交通安全设施、交通标志";
    static final String PROTECTED = "国家机关、文物保护单位的建筑控制地带";
    static final String[] CARRIERS = {WALL, ROOF, POLE, "围墙、临时构筑物", TRAFFIC, PROTECTED};
    static final Set<String> FORBIDDEN = Set.of(TRAFFIC, PROTECTED);
    static final Set<String> STRUCTURAL = Set.of(ROOF, POLE);

    @Override
    public CheckResult check(Application a) {
        String carrier = a.text("carrier");
        if (FORBIDDEN.contains(carrier)) {
            return CheckResult.reject("依照《广告法》第四十二条，不得利用" + carrier + "设置户外广告");
        }
        if (STRUCTURAL.contains(carrier) && a.material("structure-safety") == null) {
            return CheckResult.supplement(Finding.material("structure-safety", "在" + carrier + "设置户外广告设施的，须提交结构安全检测报告或设计计算书"));
        }
        if (a.decimal("area").signum() <= 0) {
            return CheckResult.supplement(Finding.field("area", "广告画面面积须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        Finding period = Periods.problem(a);
        return period == null ? List.of() : List.of(period);
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("outdoor-advertising-permit", "户外广告设施设置许可决定书")
                .validUntil(a.date("endDate"))
                .text("准予" + a.applicant().name() + "在" + a.text("location") + "（" + a.text("carrier") + "）设置户外广告设施，面积"
                        + Signboard.plain(a.decimal("area")) + "平方米，期限" + a.date("startDate") + "至" + a.date("endDate") + "，期满自行拆除。")
                .build());
    }
}
