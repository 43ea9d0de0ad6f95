package org.qinqing.hall.dept.housing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 房屋租赁登记备案 (秒批): filed within 30 days of signing (商品房屋租赁管理办法 Art. 14); a lease
 * term of at most 20 years (民法典 Art. 705); a positive rent and an end after the start. The
 * receipt is valid until the lease ends.
 */
final class RentalFiling implements ApprovalHandler {
    static final int FILING_DAYS = 30;
    static final int MAX_YEARS = 20;

    @Override
    public CheckResult check(Application a) {
        if (!a.date("endDate").isAfter(a.date("startDate"))) {
            return CheckResult.supplement(Finding.field("endDate", "租赁终止日期须晚于起始日期"));
        }
        if (a.decimal("monthlyRent").compareTo(BigDecimal.ZERO) <= 0) {
            return CheckResult.supplement(Finding.field("monthlyRent", "月租金须大于0"));
        }
        if (a.date("signedDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("signedDate", "合同订立日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date("endDate").isAfter(a.date("startDate").plusYears(MAX_YEARS))) {
            out.add(Finding.field("endDate", "租赁期限不得超过二十年，超过部分无效"));
        }
        if (a.date().isAfter(a.date("signedDate").plusDays(FILING_DAYS))) {
            out.add(Finding.field("signedDate", "应当在租赁合同订立后三十日内办理登记备案，已逾期，请到窗口补办"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(HousingSecurityItems.LEASE_FILING, "房屋租赁登记备案凭证")
                .validUntil(a.date("endDate"))
                .text(a.text("address") + "，租期" + a.date("startDate") + "至" + a.date("endDate") + "，月租金"
                        + a.decimal("monthlyRent").toPlainString() + "元。")
                .attribute("address", a.text("address"))
                .build());
    }
}
