package org.qinqing.hall.dept.ndrc;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 企业投资项目核准: a project needing new construction land comes with the land pre-review and
 * site-selection opinion; the district approves projects located in Nanshan; the approval is valid
 * for 2 years within which construction must start.
 */
final class ProjectApproval implements ApprovalHandler {
    static final int VALID_YEARS = 2;

    @Override
    public CheckResult check(Application a) {
        if (a.flag("newLand") && a.material("land-opinion") == null) {
            return CheckResult.supplement(Finding.material("land-opinion", "新增建设用地的项目须提交用地预审与选址意见书"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (!a.text("projectAddress").contains("南山")) {
            return List.of(Finding.field("projectAddress", "建设地点不在南山区，不属于本机关核准权限"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(InvestmentItems.APPROVAL_KIND, "企业投资项目核准批复")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text("同意核准" + a.text("projectName") + "，建设地点" + a.text("projectAddress") + "，总投资"
                        + a.decimal("totalInvestment").toPlainString() + "万元。项目自核准之日起" + VALID_YEARS
                        + "年内未开工建设的，应在期满30日前申请延期，否则本核准文件自动失效。")
                .attribute("approvalDate", a.date().toString())
                .attribute("totalInvestment", a.decimal("totalInvestment").toPlainString())
                .build());
    }
}
