package org.qinqing.hall.dept.culture;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 演出场所经营单位备案 (营业性演出管理条例 Art. 7): within 20 days of receiving the business licence. */
final class VenueFiling implements ApprovalHandler {
    static final int FILING_DAYS = 20;

    @Override
    public CheckResult check(Application a) {
        if (a.date("licenceDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("licenceDate", "营业执照签发日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date().isAfter(a.date("licenceDate").plusDays(FILING_DAYS))) {
            return List.of(Finding.field("licenceDate", "应当自领取营业执照之日起20日内备案，已逾期，转文化市场综合执法处理后备案"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("performance-venue-filing", "演出场所经营单位备案证明")
                .text(a.applicant().name() + "，座位数" + a.integer("seats") + "个，已备案。").build());
    }
}
