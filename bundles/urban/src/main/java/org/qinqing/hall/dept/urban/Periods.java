package org.qinqing.hall.dept.urban;

import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.Finding;

/** The start and end date fields most permits carry. */
final class Periods {
    private Periods() {
    }

    /** @return a finding when the period ends before it starts or has already ended, else {@code null} */
    static Finding problem(Application a) {
        if (a.date("endDate").isBefore(a.date("startDate"))) {
            return Finding.field("endDate", "结束日期不能早于开始日期");
        }
        if (a.date("endDate").isBefore(a.date())) {
            return Finding.field("endDate", "申请期间已经结束");
        }
        return null;
    }
}
