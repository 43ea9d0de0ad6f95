package org.qinqing.hall.dept.industry;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 技术改造投资项目备案: a renovation needs no new construction land (else it is an ordinary
 * investment project filed with the development and reform bureau), is located in Nanshan and is
 * filed before construction starts (条例 第十三条); the equipment investment is part of the total.
 * Filed instantly (秒批); the certificate lapses when construction has not started within 2 years.
 */
final class TechRenovationFiling implements ApprovalHandler {
    static final int VALID_YEARS = 2;

    @Override
    public CheckResult check(Application a) {
        if (a.flag("newLand")) {
            return CheckResult.reject("新增建设用地的项目不属于技术改造项目，请向区发展和改革局办理企业投资项目备案");
        }
        List<Finding> out = new ArrayList<>();
        if (a.decimal("totalInvestment").signum() <= 0) {
            out.add(Finding.field("totalInvestment", "项目总投资须大于0"));
        } else if (a.decimal("equipmentInvestment").compareTo(a.decimal("totalInvestment")) > 0) {
            out.add(Finding.field("equipmentInvestment", "设备投资不能大于项目总投资"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!a.text("projectAddress").contains("南山")) {
            out.add(Finding.field("projectAddress", "建设地点不在南山区，请向项目所在区的工业和信息化主管部门备案"));
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
        return List.of(IssuedDocument.of(IndustryItems.TECH_RENOVATION_FILING, "广东省技术改造投资项目备案证")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text("项目名称：" + a.text("projectName") + "；建设地点：" + a.text("projectAddress") + "；总投资"
                        + a.decimal("totalInvestment").toPlainString() + "万元，其中设备投资" + a.decimal("equipmentInvestment").toPlainString()
                        + "万元。项目代码" + projectCode + "。备案后" + VALID_YEARS + "年内未开工建设的，本备案证自动失效。")
                .attribute("projectCode", projectCode)
                .attribute("totalInvestment", a.decimal("totalInvestment").toPlainString())
                .attribute("equipmentInvestment", a.decimal("equipmentInvestment").toPlainString())
                .build());
    }
}
