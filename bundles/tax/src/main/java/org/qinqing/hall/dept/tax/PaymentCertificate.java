package org.qinqing.hall.dept.tax;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 开具税收完税证明 (秒批): a period that starts before it ends and is over by the day of the request. */
final class PaymentCertificate implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        if (a.date("periodEnd").isBefore(a.date("periodStart"))) {
            return CheckResult.supplement(Finding.field("periodEnd", "税款所属期止不能早于所属期起"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date("periodEnd").isAfter(a.date())) {
            return List.of(Finding.field("periodEnd", "只能开具已缴纳税款的完税证明，所属期止不能晚于今日"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("tax-payment-certificate", "中华人民共和国税收完税证明")
                .text("兹证明" + a.applicant().name() + "（" + a.applicant().number() + "）" + a.date("periodStart") + "至" + a.date("periodEnd")
                        + "期间已缴纳税款的情况见所附明细。用途：" + a.text("purpose") + "。")
                .attribute("periodStart", a.date("periodStart").toString())
                .attribute("periodEnd", a.date("periodEnd").toString())
                .build());
    }
}
