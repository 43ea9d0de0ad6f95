package org.qinqing.hall.dept.ndrc;

import java.math.BigDecimal;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 政府投资项目审批 (《政府投资条例》 第九条、第十二条): proposal, feasibility study and preliminary
 * design with budget are approved in that order, each stage on the approval of the one before (the
 * platform requires that approval as a material). A budget more than 10% above the approved
 * feasibility estimate is not approved: the feasibility study must be submitted again.
 */
final class GovernmentProject implements ApprovalHandler {

    /** The stages, each with the title and vault kind of its approval. */
    enum Stage {
        PROPOSAL("项目建议书批复", "government-project-proposal-approval"),
        FEASIBILITY("可行性研究报告批复", "government-project-feasibility-approval"),
        BUDGET("初步设计及概算批复", "government-project-budget-approval");

        final String title;
        final String kind;

        Stage(String title, String kind) {
            this.title = title;
            this.kind = kind;
        }
    }

    static final BigDecimal BUDGET_TOLERANCE = new BigDecimal("1.10");
    private final Stage stage;

    GovernmentProject(Stage stage) {
        this.stage = stage;
    }

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("investment").signum() <= 0) {
            return CheckResult.supplement(Finding.field("investment", "总投资须大于0"));
        }
        if (stage != Stage.PROPOSAL && a.decimal("approvedInvestment").signum() <= 0) {
            return CheckResult.supplement(Finding.field("approvedInvestment", "请填写上一阶段批复的总投资"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (stage == Stage.BUDGET) {
            BigDecimal limit = a.decimal("approvedInvestment").multiply(BUDGET_TOLERANCE);
            if (a.decimal("investment").compareTo(limit) > 0) {
                return List.of(Finding.field("investment", "投资概算" + a.decimal("investment").toPlainString() + "万元超过可行性研究报告批复估算"
                        + a.decimal("approvedInvestment").toPlainString() + "万元的10%，须重新报送可行性研究报告"));
            }
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(stage.kind, a.text("projectName") + stage.title)
                .text("同意" + a.text("projectName") + stage.title.replace("批复", "") + "，核定总投资" + a.decimal("investment").toPlainString()
                        + "万元，资金由区级财政性资金安排。")
                .attribute("investment", a.decimal("investment").toPlainString())
                .build());
    }
}
