package org.qinqing.hall.dept.industry;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 重点企业挂点服务: Nanshan enterprises with revenue of at least 5亿元 or district taxes of at
 * least 5000万元 last year; the service card runs to the end of the year.
 */
final class KeyEnterpriseService implements ApprovalHandler {
    static final long REVENUE = 50_000;
    static final long TAX = 5_000;

    @Override
    public CheckResult check(Application a) {
        if (!FundGate.NANSHAN.equals(a.applicant().regionCode())) {
            return CheckResult.reject("挂点服务仅面向在南山区（440305）登记注册的企业，申请单位登记机关行政区划为" + a.applicant().regionCode());
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (FundGate.below(a.decimal("annualRevenue"), REVENUE) && FundGate.below(a.decimal("localTax"), TAX)) {
            return List.of(Finding.rule("上年度营业收入" + a.decimal("annualRevenue").toPlainString() + "万元、在南山区纳税"
                    + a.decimal("localTax").toPlainString() + "万元，未达到营业收入" + REVENUE + "万元或纳税" + TAX + "万元的重点企业标准"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        LocalDate until = LocalDate.of(a.date().getYear(), 12, 31);
        return List.of(IssuedDocument.of("key-enterprise-service", "南山区重点企业服务联系卡").validUntil(until)
                .text(a.applicant().name() + "列入南山区重点企业挂点服务名单，服务专员将在5个工作日内联系，联系卡有效期至" + until + "。")
                .build());
    }
}
