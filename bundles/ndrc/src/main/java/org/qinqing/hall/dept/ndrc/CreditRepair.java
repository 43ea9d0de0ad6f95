package org.qinqing.hall.dept.ndrc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 行政处罚信息信用修复: warnings and notices of criticism are not published, so there is nothing
 * to repair; the penalty must be fulfilled and the minimum publication period over — 3 months for
 * an ordinary penalty, 1 year for a severe one.
 */
final class CreditRepair implements ApprovalHandler {
    static final String[] SEVERITIES = {"警告、通报批评", "一般行政处罚（罚款、没收违法所得等）", "较重行政处罚（责令停产停业、吊销许可证件等）"};

    @Override
    public CheckResult check(Application a) {
        if (SEVERITIES[0].equals(a.text("severity"))) {
            return CheckResult.reject("仅受到警告、通报批评的行政处罚信息不予公示，无需申请信用修复");
        }
        if (a.date("decisionDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("decisionDate", "处罚决定日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!a.flag("fulfilled")) {
            out.add(Finding.field("fulfilled", "须全部履行行政处罚决定规定的义务后方可申请信用修复"));
        }
        LocalDate earliest = earliest(a);
        if (a.date().isBefore(earliest)) {
            out.add(Finding.field("decisionDate", "最短公示期至" + earliest + "届满，届满后方可申请信用修复"));
        }
        return out;
    }

    static LocalDate earliest(Application a) {
        boolean severe = SEVERITIES[2].equals(a.text("severity"));
        return severe ? a.date("decisionDate").plusYears(1) : a.date("decisionDate").plusMonths(3);
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("credit-repair-decision", "信用修复决定书")
                .text("同意对" + a.applicant().name() + "的行政处罚信息（" + a.text("decisionNumber") + "）进行信用修复，停止在信用网站公示。")
                .attribute("decisionNumber", a.text("decisionNumber"))
                .build());
    }
}
