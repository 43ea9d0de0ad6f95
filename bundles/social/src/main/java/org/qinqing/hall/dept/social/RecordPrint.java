package org.qinqing.hall.dept.social;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 参保证明查询打印 (秒批): a period that starts before it ends and ends no later than this month;
 * the certificate is valid three months for its purpose.
 */
final class RecordPrint implements ApprovalHandler {
    static final int VALID_MONTHS = 3;
    private final String title;

    RecordPrint(String title) {
        this.title = title;
    }

    @Override
    public CheckResult check(Application a) {
        if (a.date("to").isBefore(a.date("from"))) {
            return CheckResult.supplement(Finding.field("to", "截止年月不能早于起始年月"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date("to").isAfter(a.date().withDayOfMonth(a.date().lengthOfMonth()))) {
            return List.of(Finding.field("to", "截止年月不能晚于本月"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(SocialItems.RECORD_KIND, "深圳市社会保险" + title)
                .validUntil(a.date().plusMonths(VALID_MONTHS))
                .text(a.applicant().name() + "（" + a.applicant().number() + "）" + a.date("from") + "至" + a.date("to")
                        + "的参保缴费情况见所附明细。")
                .attribute("from", a.date("from").toString())
                .attribute("to", a.date("to").toString())
                .build());
    }
}
