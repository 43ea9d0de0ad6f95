package org.qinqing.hall.dept.police;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 免检核发检验标志 (秒批). Only non-commercial small and mini passenger cars (vans excluded) qualify:
 * within ten years of registration they are inspected on the line in years 6 and 10 and get the
 * label without inspection in years 2, 4 and 8 (applied for in the last 3 months before the due
 * date). Outstanding traffic violations or accidents must be dealt with first.
 */
final class InspectionExemption implements ApprovalHandler {
    static final String ELIGIBLE = "非营运小型、微型载客汽车（面包车除外）";
    static final Set<Integer> EXEMPT_YEARS = Set.of(2, 4, 8);
    static final int LEAD_MONTHS = 3;

    @Override
    public CheckResult check(Application a) {
        if (!ELIGIBLE.equals(a.text("vehicleType"))) {
            return CheckResult.reject("免检核发检验标志只适用于非营运小型、微型载客汽车（面包车除外），其他车辆请到检验机构上线检验");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        int due = dueYear(a);
        if (!EXEMPT_YEARS.contains(due)) {
            return List.of(Finding.field("registrationDate", due == 6 || due == 10
                    ? "注册登记第" + due + "年须到机动车检验机构上线检验，不能免检领标"
                    : "当前不在免检领标期间（注册登记后第2、4、8年检验有效期满前3个月内）"));
        }
        if (a.flag("pendingViolations")) {
            return List.of(Finding.field("pendingViolations", "存在尚未处理完毕的道路交通安全违法行为或者交通事故，须先处理"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        LocalDate until = a.date("registrationDate").plusYears(dueYear(a) + 2L);
        return List.of(IssuedDocument.of("vehicle-inspection-label", "机动车检验合格标志（电子）")
                .validUntil(until)
                .text("免检核发，检验有效期至" + until + "。")
                .build());
    }

    /** @return the inspection year that falls due within the next three months */
    static int dueYear(Application a) {
        return Period.between(a.date("registrationDate"), a.date().plusMonths(LEAD_MONTHS)).getYears();
    }
}
