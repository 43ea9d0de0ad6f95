package org.qinqing.hall.dept.hr;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 劳务派遣经营许可延续: applied for at least 60 days before the licence expires; renewed for three years. */
final class DispatchRenewal implements ApprovalHandler {
    static final int LEAD_DAYS = 60;

    @Override
    public CheckResult check(Application a) {
        if (a.date().isAfter(a.date("expiryDate"))) {
            return CheckResult.reject("劳务派遣经营许可证已于" + a.date("expiryDate") + "过期，不能延续，请重新申请许可");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        LocalDate latest = a.date("expiryDate").minusDays(LEAD_DAYS);
        if (a.date().isAfter(latest)) {
            return List.of(Finding.field("expiryDate", "应当在有效期届满60日前（即" + latest + "前）申请延续"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(HrLabourItems.DISPATCH_KIND, "劳务派遣经营许可证（延续）")
                .validUntil(a.date("expiryDate").plusYears(LabourDispatch.YEARS))
                .text(a.applicant().name() + "的劳务派遣经营许可准予延续三年。").build());
    }
}
