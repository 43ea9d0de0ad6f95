package org.qinqing.hall.dept.industry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * “小升规”培育库: Nanshan industrial enterprises below the statistical scale (主营业务收入
 * 2000万元) with at least 500万元 last year and an expected 2000万元 this year. Enterprises already
 * reporting as above-scale are not admitted. Membership lasts to the end of the next year.
 */
final class ScaleUpNursery implements ApprovalHandler {
    static final long SCALE = 2_000;
    static final long MIN_REVENUE = 500;

    @Override
    public CheckResult check(Application a) {
        if (!FundGate.NANSHAN.equals(a.applicant().regionCode())) {
            return CheckResult.reject("培育库仅受理在南山区（440305）登记注册的工业企业，申请单位登记机关行政区划为" + a.applicant().regionCode());
        }
        if (a.flag("aboveScale")) {
            return CheckResult.reject("已纳入规模以上工业统计的企业无需入库，可直接申报“小升规”奖励");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (FundGate.below(a.decimal("annualRevenue"), MIN_REVENUE)) {
            out.add(Finding.field("annualRevenue", "上年度主营业务收入须不低于" + MIN_REVENUE + "万元"));
        }
        if (!FundGate.below(a.decimal("annualRevenue"), SCALE)) {
            out.add(Finding.field("annualRevenue", "上年度主营业务收入已达" + SCALE + "万元，应按规定申报纳入规模以上工业统计"));
        }
        if (FundGate.below(a.decimal("expectedRevenue"), SCALE)) {
            out.add(Finding.field("expectedRevenue", "本年度预计主营业务收入须达到" + SCALE + "万元"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        LocalDate until = LocalDate.of(a.date().getYear() + 1, 12, 31);
        return List.of(IssuedDocument.of("scale-up-nursery", "南山区“小升规”培育企业入库通知").validUntil(until)
                .text(a.applicant().name() + "已纳入南山区规模以下工业企业“小升规”培育库，有效期至" + until + "。")
                .build());
    }
}
