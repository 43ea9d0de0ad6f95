package org.qinqing.hall.dept.ecology;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 建设项目环境影响报告表（书）审批. Environmental investment is part of the total; a project that has
 * started building without approval (未批先建, 《环境影响评价法》第二十五条) or that occupies an ecological
 * protection red line (《环境保护法》第二十九条) is not approved. The approval (kind {@code eia-approval})
 * lapses if building has not started within five years (第二十四条).
 */
final class EiaApproval implements ApprovalHandler {
    static final int VALID_YEARS = 5;
    private final String title;

    EiaApproval(String title) {
        this.title = title;
    }

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("totalInvestment").signum() <= 0) {
            return CheckResult.supplement(Finding.field("totalInvestment", "总投资须大于0"));
        }
        if (a.decimal("envInvestment").compareTo(a.decimal("totalInvestment")) > 0 || a.decimal("envInvestment").signum() < 0) {
            return CheckResult.supplement(Finding.field("envInvestment", "环保投资须在0与总投资之间"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.flag("constructionStarted")) {
            out.add(Finding.field("constructionStarted", "环境影响评价文件未经批准擅自开工建设（未批先建），须先依法查处，不能直接审批"));
        }
        if (a.flag("inRedLine")) {
            out.add(Finding.field("inRedLine", "项目占用生态保护红线，不符合生态环境分区管控要求，不予批准"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = Numbers.of("深环南批", a);
        return List.of(IssuedDocument.of(EcologyItems.EIA_APPROVAL_KIND, "关于" + a.text("projectName") + title)
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text("文号：" + number + "。" + a.applicant().name() + "：你单位报送的" + a.text("projectName") + "（建设地点：" + a.text("location")
                        + "）环境影响评价文件收悉。经研究，同意按文件所列性质、规模、地点和环境保护措施进行建设。本批复自批准之日起超过五年方开工建设的，应报我局重新审核。")
                .attribute("approvalNumber", number)
                .attribute("projectName", a.text("projectName"))
                .attribute("approvalDate", a.date().toString())
                .build());
    }
}
