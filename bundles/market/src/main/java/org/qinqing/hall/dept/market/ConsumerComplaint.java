package org.qinqing.hall.dept.market;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 消费投诉 (《市场监督管理投诉举报处理暂行办法》): not accepted when a court, an arbitration body or another
 * authority already has the dispute, or when more than three years have passed since the consumer
 * knew of the harm; the date of knowledge cannot lie in the future.
 */
final class ConsumerComplaint implements ApprovalHandler {
    static final int YEARS = 3;

    @Override
    public CheckResult check(Application a) {
        if (a.date("knownDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("knownDate", "知道权益受到侵害的日期不能晚于投诉日期"));
        }
        if (a.flag("otherProceedings")) {
            return CheckResult.reject("该争议已向人民法院起诉、申请仲裁或已由其他行政机关处理，市场监管部门不予受理");
        }
        if (a.date("knownDate").plusYears(YEARS).isBefore(a.date())) {
            return CheckResult.reject("自知道或者应当知道权益受到侵害之日起已超过三年，不予受理");
        }
        if (a.decimal("amount").signum() < 0) {
            return CheckResult.supplement(Finding.field("amount", "涉及金额不能为负数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("complaint-mediation-result", "消费投诉调解结果告知书")
                .text("你对" + a.text("respondent") + "的投诉（请求：" + a.text("demand") + "）已组织调解，调解结果已记录在案。")
                .build());
    }
}
