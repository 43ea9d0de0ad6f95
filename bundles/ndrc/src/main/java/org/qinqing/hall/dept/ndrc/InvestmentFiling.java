package org.qinqing.hall.dept.ndrc;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 企业投资项目备案 (条例 第三条、第十三条): projects in the approval catalogue are approved, not
 * filed; the project is in Nanshan and filed before construction starts; fixed assets are part of
 * the total. Filed instantly (秒批); the certificate lapses when construction has not started within
 * 2 years.
 */
final class InvestmentFiling implements ApprovalHandler {
    static final int VALID_YEARS = 2;

    @Override
    public CheckResult check(Application a) {
        if (a.flag("inApprovalCatalogue")) {
            return CheckResult.reject("属于《政府核准的投资项目目录》范围的项目实行核准管理，请申请企业投资项目核准");
        }
        List<Finding> out = new ArrayList<>();
        if (a.decimal("totalInvestment").signum() <= 0) {
            out.add(Finding.field("totalInvestment", "项目总投资须大于0"));
        } else if (a.decimal("fixedAssets").compareTo(a.decimal("totalInvestment")) > 0) {
            out.add(Finding.field("fixedAssets", "固定资产投资不能大于项目总投资"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!a.text("projectAddress").contains("南山")) {
            out.add(Finding.field("projectAddress", "建设地点不在南山区，请向项目所在区的发展和改革部门备案"));
        }
        if (a.date("plannedStart").isBefore(a.date())) {
            out.add(Finding.field("plannedStart", "项目须在开工建设前备案，计划开工日期" + a.date("plannedStart") + "早于备案日期"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String projectCode = a.date().getYear() + "-440305-" + a.caseNumber();
        return List.of(IssuedDocument.of("investment-project-filing", "深圳市社会投资项目备案证")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text("项目名称：" + a.text("projectName") + "；建设地点：" + a.text("projectAddress") + "；总投资"
                        + a.decimal("totalInvestment").toPlainString() + "万元。项目代码" + projectCode + "。备案后" + VALID_YEARS
                        + "年内未开工建设的，应当办理备案延期或重新备案。")
                .attribute("projectCode", projectCode)
                .attribute("totalInvestment", a.decimal("totalInvestment").toPlainString())
                .build());
    }
}
