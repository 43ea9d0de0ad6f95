package org.qinqing.hall.dept.health;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * Renewal of a licence at least 30 days before it expires (护士条例 Art. 10 for nurses: 5 years;
 * 公共场所卫生管理条例实施细则 for hygiene licences: 4 years). An expired licence is applied for
 * anew, not renewed.
 */
final class LicenceRenewal implements ApprovalHandler {
    static final int LEAD_DAYS = 30;

    private final String kind;
    private final String title;
    private final int years;

    LicenceRenewal(String kind, String title, int years) {
        this.kind = kind;
        this.title = title;
        this.years = years;
    }

    @Override
    public CheckResult check(Application a) {
        if (a.date().isAfter(a.date("expiryDate"))) {
            return CheckResult.reject(title + "已于" + a.date("expiryDate") + "届满，不能延续，请重新申请");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        LocalDate latest = a.date("expiryDate").minusDays(LEAD_DAYS);
        if (a.date().isAfter(latest)) {
            return List.of(Finding.field("expiryDate", "应当在有效期届满30日前（即" + latest + "前）申请延续"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        LocalDate until = a.date("expiryDate").plusYears(years);
        return List.of(IssuedDocument.of(kind, title + "（延续）")
                .validUntil(until)
                .text(a.applicant().name() + "的" + title + "准予延续，有效期至" + until + "。")
                .build());
    }
}
