package org.qinqing.hall.dept.urban;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 建筑垃圾处置核准 (《城市建筑垃圾管理规定》): a positive quantity; the waste goes to a transporter
 * that holds its own transport approval — never to individuals or unapproved units; the approval
 * lasts the discharge period.
 */
final class ConstructionWaste implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("quantity").signum() <= 0) {
            return CheckResult.supplement(Finding.field("quantity", "建筑垃圾排放量须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!a.flag("transporterApproved")) {
            out.add(Finding.field("transporterApproved", "不得将建筑垃圾交给个人或者未经核准从事建筑垃圾运输的单位运输"));
        }
        Finding period = Periods.problem(a);
        if (period != null) {
            out.add(period);
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("construction-waste-disposal-approval", "城市建筑垃圾处置核准文件")
                .validUntil(a.date("endDate"))
                .text("核准" + a.applicant().name() + "（" + a.text("project") + "）处置建筑垃圾" + Signboard.plain(a.decimal("quantity"))
                        + "立方米，运输单位" + a.text("transporterCode") + "，消纳场所：" + a.text("disposalSite") + "。运输时随车携带本文件。")
                .build());
    }
}
