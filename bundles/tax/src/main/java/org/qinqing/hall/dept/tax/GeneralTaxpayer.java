package org.qinqing.hall.dept.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 增值税一般纳税人登记 (秒批): above 5 million yuan of annual sales a taxpayer must register; at or
 * below it only with sound accounts (《中华人民共和国增值税法》). Takes effect on the first day of this
 * month or of the next, as chosen.
 */
final class GeneralTaxpayer implements ApprovalHandler {
    static final BigDecimal THRESHOLD = new BigDecimal("5000000");
    static final String THIS_MONTH = "当月1日";
    static final String NEXT_MONTH = "次月1日";
    static final String[] EFFECTIVE = {THIS_MONTH, NEXT_MONTH};

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("annualSales").signum() < 0) {
            return CheckResult.supplement(Finding.field("annualSales", "年应征增值税销售额不能为负数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.decimal("annualSales").compareTo(THRESHOLD) <= 0 && !a.flag("accountingSound")) {
            return List.of(Finding.field("accountingSound", "年应征增值税销售额未超过500万元的，须会计核算健全、能够提供准确税务资料方可登记为一般纳税人"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    static LocalDate effective(Application a) {
        LocalDate first = a.date().withDayOfMonth(1);
        return THIS_MONTH.equals(a.text("effectiveFrom")) ? first : first.plusMonths(1);
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("general-taxpayer-registration", "税务事项通知书（增值税一般纳税人登记）")
                .text(a.applicant().name() + "自" + effective(a) + "起登记为增值税一般纳税人，按照一般计税方法计算缴纳增值税。")
                .attribute("effectiveDate", effective(a).toString())
                .build());
    }
}
