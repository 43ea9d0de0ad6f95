package org.qinqing.hall.dept.hr;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 灵活就业社会保险补贴 (就业补助资金管理办法): at most 36 months in all, except for a person within
 * five years of retirement, who may be subsidised until retiring.
 */
final class FlexibleSubsidy implements ApprovalHandler {
    static final int MAX_MONTHS = 36;
    static final int NEAR_RETIREMENT_YEARS = 5;

    @Override
    public List<Finding> review(Application a) {
        long total = a.integer("monthsSubsidised") + a.integer("months");
        LocalDate retires = a.applicant().birthDate().plusYears(WorkingAge.retirement(a.applicant().male()));
        boolean nearRetirement = !a.date().isBefore(retires.minusYears(NEAR_RETIREMENT_YEARS));
        if (a.integer("months") < 1) {
            return List.of(Finding.field("months", "本次申领月数至少为1个月"));
        }
        if (!a.date().isBefore(retires)) {
            return List.of(Finding.rule("已达法定退休年龄，不再享受灵活就业社会保险补贴"));
        }
        if (total > MAX_MONTHS && !nearRetirement) {
            return List.of(Finding.field("months", "社会保险补贴期限最长不超过3年（36个月），已享受" + a.integer("monthsSubsidised")
                    + "个月，本次最多可申领" + Math.max(0, MAX_MONTHS - a.integer("monthsSubsidised")) + "个月"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("subsidy-decision", "灵活就业人员社会保险补贴核定通知")
                .text("核定" + a.integer("months") + "个月社会保险补贴，按实际缴费额的规定比例发放。")
                .attribute("months", String.valueOf(a.integer("months")))
                .build());
    }
}
