package org.qinqing.hall.dept.police;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 驾驶证期满换证 (秒批, 机动车驾驶证申领和使用规定): applied for within 90 days before expiry; after a
 * year past expiry the licence is cancelled and can no longer be renewed. A six-year licence without
 * a 12-point cycle becomes a ten-year one, a ten-year one without a 12-point cycle long-term; with a
 * 12-point cycle the same term is renewed. The new term runs from the old expiry date.
 */
final class DrivingLicenceRenewal implements ApprovalHandler {
    static final String SIX = "六年";
    static final String TEN = "十年";
    static final int WINDOW_DAYS = 90;

    @Override
    public List<Finding> review(Application a) {
        LocalDate expiry = a.date("licenceExpiry");
        if (a.date().isBefore(expiry.minusDays(WINDOW_DAYS))) {
            return List.of(Finding.field("licenceExpiry", "应当于有效期满前九十日内申请换证，" + expiry.minusDays(WINDOW_DAYS) + "起可以办理"));
        }
        if (a.date().isAfter(expiry.plusYears(1))) {
            return List.of(Finding.field("licenceExpiry", "超过有效期一年以上未换证的，驾驶证将被注销，须按规定恢复驾驶资格"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        Integer years = nextTermYears(a.text("currentTerm"), a.flag("reachedTwelvePoints"));
        LocalDate expiry = a.date("licenceExpiry");
        return List.of(IssuedDocument.of("driving-licence", "中华人民共和国机动车驾驶证")
                .validUntil(years == null ? null : expiry.plusYears(years))
                .text(a.applicant().name() + "，换发驾驶证有效期" + (years == null ? "长期" : years + "年") + "，自" + expiry + "起算。")
                .attribute("term", years == null ? "长期" : years + "年")
                .build());
    }

    /** @return the next term in years, {@code null} for long-term */
    static Integer nextTermYears(String current, boolean reachedTwelvePoints) {
        if (SIX.equals(current)) {
            return reachedTwelvePoints ? 6 : 10;
        }
        return reachedTwelvePoints ? 10 : null;
    }
}
