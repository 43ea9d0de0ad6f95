package org.qinqing.hall.dept.ndrc;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 价格认定 (《价格认定规定》): entrusted by discipline-inspection, judicial and administrative organs
 * only — their credit codes start with 11 (机构编制, 机关); the benchmark date is not in the future.
 */
final class PriceDetermination implements ApprovalHandler {
    static final String ORGAN = "11";

    @Override
    public CheckResult check(Application a) {
        if (!a.applicant().number().startsWith(ORGAN)) {
            return CheckResult.reject("价格认定仅受理纪检监察、司法和行政机关的委托，申请人统一社会信用代码不是机关类代码（11开头）");
        }
        if (a.date("benchmarkDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("benchmarkDate", "价格认定基准日不能晚于委托日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("price-determination-conclusion", "价格认定结论书")
                .text("受" + a.applicant().name() + "委托，对“" + a.text("subject") + "”在价格认定基准日" + a.date("benchmarkDate")
                        + "的价格进行认定，用途：" + a.text("purpose") + "。认定结论仅对本次委托有效。")
                .attribute("benchmarkDate", a.date("benchmarkDate").toString())
                .build());
    }
}
