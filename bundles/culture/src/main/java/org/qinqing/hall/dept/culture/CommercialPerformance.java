package org.qinqing.hall.dept.culture;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 营业性演出: applied for before the show; a show expecting 1,000 people or more is a large public
 * event and brings the police safety permit (大型群众性活动安全管理条例 Art. 11); tickets may not
 * exceed the venue's rated capacity. The approval is valid until the show.
 */
final class CommercialPerformance implements ApprovalHandler {
    static final int LARGE_EVENT = 1000;

    @Override
    public CheckResult check(Application a) {
        if (a.date("performanceDate").isBefore(a.date())) {
            return CheckResult.supplement(Finding.field("performanceDate", "演出日期不能早于申请日期"));
        }
        if (a.integer("tickets") >= LARGE_EVENT && a.material("safety-permit") == null) {
            return CheckResult.supplement(Finding.material("safety-permit", "预计参加人数1000人以上的，须提交公安机关大型群众性活动安全许可决定书"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.integer("tickets") > a.integer("capacity")) {
            return List.of(Finding.field("tickets", "售票数量" + a.integer("tickets") + "张超过场地核定容纳人数" + a.integer("capacity") + "人"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("performance-approval", "营业性演出准予许可决定书")
                .validUntil(a.date("performanceDate"))
                .text("准予" + a.applicant().name() + "于" + a.date("performanceDate") + "举办营业性演出《" + a.text("title") + "》，售票不超过"
                        + a.integer("tickets") + "张。")
                .build());
    }
}
