package org.qinqing.hall.dept.housing;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 竣工验收备案 (建设工程质量管理条例 Art. 49): within 15 days of passing the completion acceptance;
 * a special construction project brings its fire acceptance opinion, any other its fire filing.
 */
final class CompletionFiling implements ApprovalHandler {
    static final int FILING_DAYS = 15;

    @Override
    public CheckResult check(Application a) {
        if (a.date("acceptanceDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("acceptanceDate", "竣工验收合格日期不能晚于申请日期"));
        }
        if (a.flag("specialProject") && a.material("fire-acceptance") == null) {
            return CheckResult.supplement(Finding.material("fire-acceptance", "特殊建设工程须提交消防验收意见书"));
        }
        if (!a.flag("specialProject") && a.material("fire-filing") == null) {
            return CheckResult.supplement(Finding.material("fire-filing", "其他建设工程须提交消防验收备案凭证"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date().isAfter(a.date("acceptanceDate").plusDays(FILING_DAYS))) {
            return List.of(Finding.field("acceptanceDate", "应当自竣工验收合格之日起15日内备案，已逾期，转监督执法处理后备案"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("completion-filing", "工程竣工验收备案证明书")
                .text("竣工验收合格日期" + a.date("acceptanceDate") + "，备案文件收讫。").build());
    }
}
