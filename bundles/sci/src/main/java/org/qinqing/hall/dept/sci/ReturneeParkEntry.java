package org.qinqing.hall.dept.sci;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 留学人员创业园入园: an overseas master's or doctorate, or a bachelor's with at least a year of
 * overseas work; the founder holds at least 10% of a company registered in Shenzhen less than 3 years
 * ago. The admission notice is valid for 3 months, within which the entry agreement is signed.
 */
final class ReturneeParkEntry implements ApprovalHandler {
    static final int COMPANY_YEARS = 3;
    static final BigDecimal MIN_SHARE = BigDecimal.valueOf(10);
    static final int VALID_MONTHS = 3;

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date("companyRegistered").isAfter(a.date())) {
            out.add(Finding.field("companyRegistered", "企业注册日期不能晚于申请日期"));
        }
        BigDecimal share = a.decimal("shareholding");
        if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
            out.add(Finding.field("shareholding", "持股比例须在0至100之间"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if ("学士".equals(a.text("overseasDegree")) && a.integer("overseasWorkYears") < 1) {
            out.add(Finding.field("overseasWorkYears", "取得国（境）外学士学位的，须有1年以上海外工作经历"));
        }
        if (!a.text("companyCode").substring(2, 8).startsWith("4403")) {
            out.add(Finding.field("companyCode", "创业企业须在深圳市注册"));
        }
        if (a.date("companyRegistered").isBefore(a.date().minusYears(COMPANY_YEARS))) {
            out.add(Finding.field("companyRegistered", "创业企业注册已超过" + COMPANY_YEARS + "年"));
        }
        if (a.decimal("shareholding").compareTo(MIN_SHARE) < 0) {
            out.add(Finding.field("shareholding", "留学人员本人持股比例须不低于" + MIN_SHARE + "%"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("returnee-park-admission", "南山留学生创业园入园通知")
                .validUntil(a.date().plusMonths(VALID_MONTHS))
                .text(a.applicant().name() + "创办的企业（" + a.text("companyCode") + "）获准入驻南山留学生创业园，请于"
                        + a.date().plusMonths(VALID_MONTHS) + "前预约到园区签订入园协议。")
                .attribute("companyCode", a.text("companyCode"))
                .build());
    }
}
