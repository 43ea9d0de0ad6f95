package org.qinqing.hall.dept.culture;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 旅行社分社备案 (旅行社条例 Arts. 10, 14): filed within 3 working days of the branch's registration
 * (counted Monday to Friday); the agency adds 50,000 yuan to its quality deposit for a branch in
 * domestic and inbound tourism, 300,000 for one in outbound tourism.
 */
final class AgencyBranch implements ApprovalHandler {
    static final int WORKING_DAYS = 3;
    static final BigDecimal DOMESTIC_TOP_UP = new BigDecimal("50000");
    static final BigDecimal OUTBOUND_TOP_UP = new BigDecimal("300000");

    @Override
    public CheckResult check(Application a) {
        if (a.date("registrationDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("registrationDate", "分社设立登记日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (workingDaysBetween(a.date("registrationDate"), a.date()) > WORKING_DAYS) {
            out.add(Finding.field("registrationDate", "应当自分社设立登记之日起3个工作日内备案，已逾期"));
        }
        BigDecimal required = a.flag("outbound") ? OUTBOUND_TOP_UP : DOMESTIC_TOP_UP;
        if (a.decimal("depositAdded").compareTo(required) < 0) {
            out.add(Finding.field("depositAdded", "设立该分社须增存质量保证金" + required.toPlainString() + "元，现为"
                    + a.decimal("depositAdded").toPlainString() + "元"));
        }
        return out;
    }

    /** @return working days (Monday to Friday) after {@code from} up to and including {@code to} */
    static int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("travel-agency-branch-filing", "旅行社分社备案登记证明")
                .text(a.applicant().name() + "，分社已备案，增存质量保证金" + a.decimal("depositAdded").toPlainString() + "元。").build());
    }
}
