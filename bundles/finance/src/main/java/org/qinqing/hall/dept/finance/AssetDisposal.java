package org.qinqing.hall.dept.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 国有资产处置 (《行政事业性国有资产管理条例》): a sale needs an appraisal report; a scrapping
 * needs the asset to have reached its minimum useful life; a batch of 500万元 book value or more
 * goes to the district government rather than the finance bureau.
 */
final class AssetDisposal implements ApprovalHandler {
    static final String[] METHODS = {"报废", "出售", "无偿划转", "对外捐赠"};
    static final BigDecimal GOVERNMENT_THRESHOLD = BigDecimal.valueOf(500);

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal("bookValue").signum() <= 0) {
            out.add(Finding.field("bookValue", "资产账面原值须大于0"));
        }
        if ("出售".equals(a.text("method")) && a.material("appraisal") == null) {
            out.add(Finding.material("appraisal", "出售国有资产须提交资产评估报告"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if ("报废".equals(a.text("method")) && a.integer("yearsInUse") < a.integer("usefulLife")) {
            out.add(Finding.field("yearsInUse", "资产已使用" + a.integer("yearsInUse") + "年，未达到规定最低使用年限" + a.integer("usefulLife")
                    + "年，不能按到期报废处置"));
        }
        if (a.decimal("bookValue").compareTo(GOVERNMENT_THRESHOLD) >= 0) {
            out.add(Finding.field("bookValue", "单批次账面原值" + GOVERNMENT_THRESHOLD + "万元以上的资产处置须报区人民政府审批"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("state-asset-disposal-approval", "国有资产处置批复")
                .text("同意" + a.applicant().name() + "以" + a.text("method") + "方式处置账面原值" + a.decimal("bookValue").toPlainString()
                        + "万元的国有资产，处置收入按规定上缴区级国库。")
                .attribute("method", a.text("method"))
                .attribute("bookValue", a.decimal("bookValue").toPlainString())
                .build());
    }
}
