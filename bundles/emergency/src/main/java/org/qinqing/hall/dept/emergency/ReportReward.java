package org.qinqing.hall.dept.emergency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 安全生产举报奖励 (《安全生产领域举报奖励办法》): only for reports found true. For hazards and
 * violations 15% of the fine, at least 3,000 and at most 300,000 yuan; for concealed or falsely
 * reported accidents 30,000 yuan per concealed death, at most 300,000 yuan.
 */
final class ReportReward implements ApprovalHandler {
    static final String VIOLATION = "重大事故隐患和安全生产违法行为";
    static final String CONCEALMENT = "瞒报、谎报事故";
    static final BigDecimal RATE = new BigDecimal("0.15");
    static final BigDecimal MIN = new BigDecimal("3000");
    static final BigDecimal MAX = new BigDecimal("300000");
    static final BigDecimal PER_DEATH = new BigDecimal("30000");

    @Override
    public CheckResult check(Application a) {
        if (VIOLATION.equals(a.text("category")) && a.decimal("penalty") == null) {
            return CheckResult.supplement(Finding.field("penalty", "举报违法行为的，须填写行政处罚金额"));
        }
        if (CONCEALMENT.equals(a.text("category")) && a.integer("concealedDeaths") == null) {
            return CheckResult.supplement(Finding.field("concealedDeaths", "举报瞒报、谎报事故的，须填写查实瞒报、谎报的死亡人数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (!a.flag("verified")) {
            return List.of(Finding.field("verified", "举报事项经查证属实方可给予奖励"));
        }
        return List.of();
    }

    static BigDecimal amount(Application a) {
        BigDecimal v = VIOLATION.equals(a.text("category"))
                ? a.decimal("penalty").multiply(RATE).max(MIN)
                : PER_DEATH.multiply(BigDecimal.valueOf(a.integer("concealedDeaths")));
        return v.min(MAX).setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("report-reward-decision", "安全生产举报奖励决定书")
                .text("对" + a.applicant().name() + "举报" + a.text("category") + "经查证属实，给予奖励人民币" + amount(a).toPlainString() + "元。")
                .attribute("amount", amount(a).toPlainString())
                .build());
    }
}
