package org.qinqing.hall.dept.ecology;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 建设项目环境影响评价文件重新审核 (《环境影响评价法》第二十四条): only for approvals more than five
 * years old; a project with major changes is not rechecked but reported for approval anew.
 */
final class EiaRecheck implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        if (a.flag("majorChange")) {
            return CheckResult.reject("项目的性质、规模、地点、生产工艺或防治措施发生重大变动的，应当重新报批环境影响评价文件");
        }
        if (!a.date("approvalDate").plusYears(EiaApproval.VALID_YEARS).isBefore(a.date())) {
            return CheckResult.reject("原批复自批准之日起未超过五年，无需重新审核，可直接开工建设");
        }
        return CheckResult.accept();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(EcologyItems.EIA_APPROVAL_KIND, "建设项目环境影响评价文件重新审核意见")
                .validUntil(a.date().plusYears(EiaApproval.VALID_YEARS))
                .text(a.applicant().name() + "：经重新审核，原环境影响评价文件（" + a.date("approvalDate") + "批复）可继续适用。")
                .build());
    }
}
