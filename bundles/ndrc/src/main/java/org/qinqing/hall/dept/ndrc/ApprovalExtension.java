package org.qinqing.hall.dept.ndrc;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 核准文件延期: an approval is valid for 2 years; an extension is applied for at least 30 days
 * before it expires, granted once only, for at most 1 year.
 */
final class ApprovalExtension implements ApprovalHandler {
    static final int VALID_YEARS = 2;
    static final int NOTICE_DAYS = 30;
    static final int EXTENSION_YEARS = 1;

    @Override
    public CheckResult check(Application a) {
        if (a.flag("extendedBefore")) {
            return CheckResult.reject("项目核准文件只能延期一次，已延期的项目期满未开工的须重新办理核准");
        }
        if (a.date("approvalDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("approvalDate", "原核准日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        LocalDate expiry = expiry(a);
        if (a.date().isAfter(expiry)) {
            return List.of(Finding.field("approvalDate", "原核准文件已于" + expiry + "失效，须重新办理核准"));
        }
        if (a.date().isAfter(expiry.minusDays(NOTICE_DAYS))) {
            return List.of(Finding.field("approvalDate", "延期申请须在核准文件有效期届满" + NOTICE_DAYS + "日前（" + expiry.minusDays(NOTICE_DAYS)
                    + "前）提出"));
        }
        return List.of();
    }

    static LocalDate expiry(Application a) {
        return a.date("approvalDate").plusYears(VALID_YEARS);
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        LocalDate until = expiry(a).plusYears(EXTENSION_YEARS);
        return List.of(IssuedDocument.of("investment-project-approval-extension", "企业投资项目核准延期决定")
                .validUntil(until)
                .text("同意项目核准文件延期" + EXTENSION_YEARS + "年，有效期延至" + until + "。延期只能一次。")
                .attribute("validUntil", until.toString())
                .build());
    }
}
