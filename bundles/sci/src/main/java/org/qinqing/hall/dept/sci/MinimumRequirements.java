package org.qinqing.hall.dept.sci;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * Recognition of innovation carriers and platforms by their figures: each minimum of the
 * {@link CarrierSpec} (area, tenants, researchers, R&D spending …) is reached, each share (在孵
 * 面积占比, 研发人员占比 …) reaches its percent, the carrier has operated long enough and is located in
 * Nanshan. A part larger than its whole is an inconsistency to correct at intake.
 */
final class MinimumRequirements implements ApprovalHandler {
    static final String ADDRESS = "address";
    static final String START = "operatingSince";
    private final CarrierSpec spec;

    MinimumRequirements(CarrierSpec spec) {
        this.spec = spec;
    }

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        for (CarrierSpec.Share s : spec.shares()) {
            if (value(a, s.numerator()).compareTo(value(a, s.denominator())) > 0) {
                out.add(Finding.field(s.numerator(), spec.label(s.numerator()) + "不能大于" + spec.label(s.denominator())));
            }
        }
        if (spec.minMonths > 0 && a.date(START).isAfter(a.date())) {
            out.add(Finding.field(START, "开始运营日期不能晚于申请日期"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!a.text(ADDRESS).contains("南山")) {
            out.add(Finding.field(ADDRESS, spec.name.replace("认定推荐", "").replace("认定", "") + "须位于南山区"));
        }
        if (spec.minMonths > 0 && a.date(START).isAfter(a.date().minusMonths(spec.minMonths))) {
            out.add(Finding.field(START, "实际运营未满" + spec.minMonths + "个月"));
        }
        for (CarrierSpec.Minimum m : spec.minimums()) {
            BigDecimal v = value(a, m.key());
            if (v.compareTo(BigDecimal.valueOf(m.min())) < 0) {
                out.add(Finding.field(m.key(), m.label() + v.stripTrailingZeros().toPlainString() + m.unit() + "，不足" + m.min() + m.unit()));
            }
        }
        for (CarrierSpec.Share s : spec.shares()) {
            BigDecimal whole = value(a, s.denominator());
            BigDecimal percent = whole.signum() == 0 ? BigDecimal.ZERO
                    : value(a, s.numerator()).multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
            if (percent.compareTo(BigDecimal.valueOf(s.minPercent())) < 0) {
                out.add(Finding.field(s.numerator(), s.label() + percent.toPlainString() + "%，低于" + s.minPercent() + "%"));
            }
        }
        return out;
    }

    private static BigDecimal value(Application a, String key) {
        return CarrierSpec.value(a.form().get(key));
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        IssuedDocument.Builder d = IssuedDocument.of(spec.documentKind, spec.documentTitle)
                .text(a.applicant().name() + "位于" + a.text(ADDRESS) + "的载体符合" + spec.name.replace("推荐", "") + "条件，"
                        + (spec.validYears > 0 ? "有效期" + spec.validYears + "年，期满前须重新申报。" : "同意推荐。"));
        if (spec.validYears > 0) {
            d.validUntil(a.date().plusYears(spec.validYears));
        }
        return List.of(d.build());
    }
}
