package org.qinqing.hall.dept.police;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 大型群众性活动安全许可 (大型群众性活动安全管理条例): events of 1,000 or more participants need it
 * (Art. 2); the district branch licenses those under 5,000, the city bureau larger ones (Art. 11);
 * the organiser applies 20 days before the event (Art. 12). The permit is valid for the event day.
 */
final class LargeEvent implements ApprovalHandler {
    static final int MIN = 1000;
    static final int DISTRICT_MAX = 5000;
    static final int LEAD_DAYS = 20;

    @Override
    public CheckResult check(Application a) {
        long expected = a.integer("expected");
        if (expected < MIN) {
            return CheckResult.reject("预计参加人数不足1000人，不属于大型群众性活动，无须申请安全许可");
        }
        if (expected >= DISTRICT_MAX) {
            return CheckResult.reject("预计参加人数5000人以上的，由深圳市公安局实施安全许可");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date().isAfter(a.date("eventDate").minusDays(LEAD_DAYS))) {
            return List.of(Finding.field("eventDate", "承办者应当在活动举办日的20日前提出安全许可申请，活动日期" + a.date("eventDate")));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("large-event-permit", "大型群众性活动安全许可决定书")
                .validUntil(a.date("eventDate"))
                .text("准予" + a.applicant().name() + "于" + a.date("eventDate") + "举办“" + a.text("eventName") + "”，预计参加人数"
                        + a.integer("expected") + "人，须落实安全工作方案。")
                .build());
    }
}
