package org.qinqing.hall.dept.tax;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 跨区域涉税事项报告 (秒批): business outside Shenzhen (a 6-digit region code not starting 4403), a
 * contract that ends after it starts; the report is valid for the contract's term.
 */
final class CrossRegion implements ApprovalHandler {
    static final String SHENZHEN = "4403";

    @Override
    public CheckResult check(Application a) {
        String region = a.text("destinationRegion");
        if (!region.matches("\\d{6}")) {
            return CheckResult.supplement(Finding.field("destinationRegion", "经营地行政区划代码须为6位数字"));
        }
        if (region.startsWith(SHENZHEN)) {
            return CheckResult.reject("在深圳市内跨区经营的，无需办理跨区域涉税事项报告");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date("contractEnd").isBefore(a.date("contractStart"))) {
            return List.of(Finding.field("contractEnd", "合同结束日期不能早于开始日期"));
        }
        if (a.date("contractEnd").isBefore(a.date())) {
            return List.of(Finding.field("contractEnd", "合同已执行完毕，无需报告"));
        }
        if (a.decimal("contractAmount").signum() <= 0) {
            return List.of(Finding.field("contractAmount", "合同金额须大于0"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("cross-region-tax-report", "跨区域涉税事项报告表")
                .validUntil(a.date("contractEnd"))
                .text(a.applicant().name() + "跨区域经营地：" + a.text("destinationRegion") + "，有效期" + a.date("contractStart") + "至"
                        + a.date("contractEnd") + "，请到经营地税务机关办理报验。")
                .build());
    }
}
