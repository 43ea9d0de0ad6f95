package org.qinqing.hall.dept.hr;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 经济性裁员 (劳动合同法 Art. 41): a layoff of 20 or more, or of fewer but 10% or more of the workforce,
 * is reported after the employer has explained it to the union or all employees at least 30 days
 * before; smaller reductions are not economic layoffs and are not reported.
 */
final class LayoffReport implements ApprovalHandler {
    static final String[] REASONS = {"依照企业破产法规定进行重整", "生产经营发生严重困难", "企业转产、重大技术革新或者经营方式调整",
        "客观经济情况发生重大变化致使劳动合同无法履行"};
    static final int THRESHOLD = 20;
    static final int NOTICE_DAYS = 30;

    @Override
    public CheckResult check(Application a) {
        long total = a.integer("totalEmployees");
        long layoffs = a.integer("layoffs");
        if (layoffs < 1 || layoffs > total) {
            return CheckResult.supplement(Finding.field("layoffs", "拟裁减人数须大于0且不超过职工总数"));
        }
        if (layoffs < THRESHOLD && layoffs * 10 < total) {
            return CheckResult.reject("裁减不足二十人且不足职工总数百分之十，不属于经济性裁员，无须报告");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date().isBefore(a.date("noticeDate").plusDays(NOTICE_DAYS))) {
            return List.of(Finding.field("noticeDate", "须提前三十日向工会或者全体职工说明情况，" + a.date("noticeDate").plusDays(NOTICE_DAYS)
                    + "后方可报告裁减人员方案"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("layoff-report-receipt", "经济性裁员报告回执")
                .text(a.applicant().name() + "报告裁减人员" + a.integer("layoffs") + "人（职工总数" + a.integer("totalEmployees")
                        + "人），应依法支付经济补偿并优先留用法定人员。")
                .build());
    }
}
