package org.qinqing.hall.dept.social;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 异地就医备案 (秒批): the place of care lies outside Shenzhen; long-term residents elsewhere show their
 * residence (or promise it); a temporary filing runs six months, a long-term one until revoked.
 */
final class OffsiteMedicalFiling implements ApprovalHandler {
    static final String LONG_TERM = "异地长期居住人员";
    static final String TEMPORARY = "临时外出就医人员";
    static final int TEMPORARY_MONTHS = 6;

    @Override
    public CheckResult check(Application a) {
        String region = a.text("destinationRegion");
        if (!region.matches("\\d{6}")) {
            return CheckResult.supplement(Finding.field("destinationRegion", "就医地行政区划代码须为6位数字"));
        }
        if (region.startsWith("4403")) {
            return CheckResult.reject("在深圳市内就医无需办理异地就医备案");
        }
        if (LONG_TERM.equals(a.text("category")) && a.material("residence-proof") == null) {
            return CheckResult.supplement(Finding.material("residence-proof", "异地长期居住人员须提交异地居住证明或个人承诺书"));
        }
        return CheckResult.accept();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        boolean temporary = TEMPORARY.equals(a.text("category"));
        return List.of(IssuedDocument.of("offsite-medical-filing", "异地就医备案凭证")
                .validUntil(temporary ? a.date("startDate").plusMonths(TEMPORARY_MONTHS).minusDays(1) : null)
                .text(a.applicant().name() + "已办理" + a.text("category") + "异地就医备案，就医地" + a.text("destinationRegion") + "，自"
                        + a.date("startDate") + "起可直接结算。")
                .build());
    }
}
