package org.qinqing.hall.dept.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 企业年度报告公示 (秒批): only a finished year (reports started with 2013 under 《企业信息公示暂行条例》),
 * insured staff not more than staff, revenue not negative. A report after 30 June of the following
 * year is late; its receipt says so and serves to leave the abnormal list.
 */
final class AnnualReport implements ApprovalHandler {
    static final int FIRST_YEAR = 2013;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        long year = a.integer("reportYear");
        if (year >= a.date().getYear()) {
            out.add(Finding.field("reportYear", year + "年度尚未结束，只能报送" + (a.date().getYear() - 1) + "年度及以前的年度报告"));
        }
        if (year < FIRST_YEAR) {
            out.add(Finding.field("reportYear", "年度报告自" + FIRST_YEAR + "年度起报送"));
        }
        if (a.integer("insuredEmployees") > a.integer("employees")) {
            out.add(Finding.field("insuredEmployees", "参加养老保险人数不能超过从业人数"));
        }
        if (a.decimal("revenue").signum() < 0) {
            out.add(Finding.field("revenue", "营业总收入不能为负数"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    /** @return whether the report comes after 30 June of the year following the report year */
    static boolean late(long year, LocalDate on) {
        return on.isAfter(LocalDate.of((int) year + 1, 6, 30));
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        long year = a.integer("reportYear");
        boolean late = late(year, a.date());
        return List.of(IssuedDocument.of(MarketItems.ANNUAL_REPORT_RECEIPT, year + "年度报告公示回执")
                .text(a.applicant().name() + year + "年度报告已于" + a.date() + "通过国家企业信用信息公示系统公示"
                        + (late ? "（逾期报送；已被列入经营异常名录的，可凭本回执申请移出）。" : "。"))
                .attribute("reportYear", String.valueOf(year))
                .attribute("late", String.valueOf(late))
                .build());
    }
}
