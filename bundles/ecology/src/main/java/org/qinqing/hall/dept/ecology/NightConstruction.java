package org.qinqing.hall.dept.ecology;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 夜间连续施工作业证明 (《噪声污染防治法》第四十三条): only for process requirements (with the technical
 * explanation) or other special needs; repairs and rescue need no certificate, catching up on a
 * schedule is no reason. Valid for the requested period.
 */
final class NightConstruction implements ApprovalHandler {
    static final String RESCUE = "抢修、抢险作业";
    static final String PROCESS = "生产工艺要求必须连续施工";
    static final String SPECIAL = "其他特殊需要必须连续施工";
    static final String SCHEDULE = "赶工期";
    static final String[] REASONS = {PROCESS, SPECIAL, RESCUE, SCHEDULE};

    @Override
    public CheckResult check(Application a) {
        String reason = a.text("reason");
        if (RESCUE.equals(reason)) {
            return CheckResult.reject("抢修、抢险作业无需办理夜间连续施工作业证明");
        }
        if (SCHEDULE.equals(reason)) {
            return CheckResult.reject("赶工期不属于法定可以夜间施工的情形，噪声敏感建筑物集中区域禁止夜间进行产生噪声的建筑施工作业");
        }
        if (PROCESS.equals(reason) && a.material("process-proof") == null) {
            return CheckResult.supplement(Finding.material("process-proof", "因生产工艺要求申请的，须提交连续施工工艺要求的技术说明"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date("endDate").isBefore(a.date("startDate"))) {
            return List.of(Finding.field("endDate", "结束日期不能早于开始日期"));
        }
        if (a.date("endDate").isBefore(a.date())) {
            return List.of(Finding.field("endDate", "施工期间已结束"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("night-construction-certificate", "夜间连续施工作业证明")
                .validUntil(a.date("endDate"))
                .text("兹证明" + a.applicant().name() + "在" + a.text("site") + "因" + a.text("reason") + "，" + a.date("startDate") + "至"
                        + a.date("endDate") + "期间需夜间连续施工作业。请在施工现场显著位置公示，并采取有效措施减少振动、降低噪声。")
                .build());
    }
}
