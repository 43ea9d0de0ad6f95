package org.qinqing.hall.dept.social;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 基本养老金申领: the statutory retirement age, gradually raised from 2025 ({@link RetirementAge}), is
 * reached; at least the minimum contribution period is paid — 15 years, from 2030 six months more each
 * year up to 20 years (《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》).
 */
final class PensionClaim implements ApprovalHandler {
    static final int BASE_MONTHS = 180;
    static final int MAX_MONTHS = 240;

    /** @param on the retirement date @return the minimum contribution in months */
    static int minimumMonths(LocalDate on) {
        if (on.getYear() < 2030) {
            return BASE_MONTHS;
        }
        return Math.min(MAX_MONTHS, BASE_MONTHS + 6 * (on.getYear() - 2029));
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        LocalDate retirement = WorkingAge.retirement(a.applicant(), a.text("post"));
        if (a.date().isBefore(retirement)) {
            out.add(Finding.rule("申请人将于" + retirement + "达到法定退休年龄（" + RetirementAge.describe(a.applicant().birthDate(), retirement)
                    + "），届时方可申领"));
        }
        int minimum = minimumMonths(a.date());
        if (a.integer("contributionMonths") < minimum) {
            out.add(Finding.field("contributionMonths", "累计缴费" + a.integer("contributionMonths") + "个月，不足最低缴费年限" + minimum
                    + "个月，可以延长缴费至满最低缴费年限"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        LocalDate retirement = WorkingAge.retirement(a.applicant(), a.text("post"));
        LocalDate from = retirement.isAfter(a.date()) ? retirement : a.date();
        return List.of(IssuedDocument.of("pension-approval", "基本养老金核定通知")
                .text(a.applicant().name() + "达到法定退休年龄（" + retirement + "），累计缴费" + a.integer("contributionMonths")
                        + "个月，自" + from.withDayOfMonth(1).plusMonths(1) + "起按月领取基本养老金。")
                .attribute("retirementDate", retirement.toString())
                .build());
    }
}
