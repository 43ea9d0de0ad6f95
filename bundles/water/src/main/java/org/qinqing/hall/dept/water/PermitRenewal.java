package org.qinqing.hall.dept.water;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * Renewal of a water permit: applied for before the permit expires, at least the statutory lead
 * time ahead (45 days for an abstraction permit, 30 for a drainage permit); an expired permit
 * cannot be renewed, only applied for anew. The renewal runs at most 5 years from the old expiry.
 */
final class PermitRenewal implements ApprovalHandler {
    static final int ABSTRACTION_DAYS = 45;
    static final int DRAINAGE_DAYS = 30;
    static final int MAX_YEARS = 5;

    private final int leadDays;
    private final String licence;

    PermitRenewal(int leadDays, String licence) {
        this.leadDays = leadDays;
        this.licence = licence;
    }

    @Override
    public CheckResult check(Application a) {
        if (a.date().isAfter(a.date("expiryDate"))) {
            return CheckResult.reject(licence + "已于" + a.date("expiryDate") + "过期，不能延续，请重新申请许可");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        LocalDate latest = a.date("expiryDate").minusDays(leadDays);
        if (a.date().isAfter(latest)) {
            out.add(Finding.field("expiryDate", "应当在" + licence + "有效期届满" + leadDays + "日前（即" + latest + "前）申请延续"));
        }
        long years = a.integer("years");
        if (years < 1 || years > MAX_YEARS) {
            out.add(Finding.field("years", "延续年限为1至5年，申请" + years + "年"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String kind = licence.startsWith("取水") ? WaterResourceItems.ABSTRACTION_LICENCE : WaterDrainageItems.DRAINAGE_LICENCE;
        return List.of(IssuedDocument.of(kind, licence + "（延续）")
                .validUntil(a.date("expiryDate").plusYears(a.integer("years")))
                .text(a.applicant().name() + "的" + licence + "准予延续" + a.integer("years") + "年。")
                .build());
    }
}
