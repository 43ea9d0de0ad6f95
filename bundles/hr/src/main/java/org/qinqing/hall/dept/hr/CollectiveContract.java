package org.qinqing.hall.dept.hr;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 集体合同审查 (集体合同规定): submitted within 10 days of the chief representatives' signatures; a
 * term of one to three years. Without objection within 15 days of receipt the contract takes effect.
 */
final class CollectiveContract implements ApprovalHandler {
    static final int SUBMIT_DAYS = 10;
    static final int REVIEW_DAYS = 15;

    @Override
    public CheckResult check(Application a) {
        if (a.date("signedDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("signedDate", "签字日期不能晚于报送日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date().isAfter(a.date("signedDate").plusDays(SUBMIT_DAYS))) {
            out.add(Finding.field("signedDate", "集体合同应当自双方首席代表签字之日起10日内报送，已逾期"));
        }
        long years = a.integer("termYears");
        if (years < 1 || years > 3) {
            out.add(Finding.field("termYears", "集体合同期限为1至3年，申报" + years + "年"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("collective-contract-review", "集体合同审查意见书")
                .validUntil(a.date("signedDate").plusYears(a.integer("termYears")))
                .text("对" + a.applicant().name() + "报送的集体合同无异议，自收到文本之日起" + REVIEW_DAYS + "日后生效。")
                .build());
    }
}
