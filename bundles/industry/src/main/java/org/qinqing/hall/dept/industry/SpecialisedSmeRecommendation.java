package org.qinqing.hall.dept.industry;

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
 * 专精特新中小企业认定推荐 (《优质中小企业梯度培育管理暂行办法》): a small or medium enterprise
 * (industrial SMEs: fewer than 1000 staff or revenue below 4亿元) in its niche for at least 2 years,
 * revenue of at least 1000万元 last year, R&D expense of at least 100万元 and 3% of revenue.
 */
final class SpecialisedSmeRecommendation implements ApprovalHandler {
    static final int MIN_YEARS = 2;
    static final long MIN_REVENUE = 1_000;
    static final long MIN_RD = 100;
    static final BigDecimal MIN_RD_PERCENT = BigDecimal.valueOf(3);
    static final long SME_STAFF = 1_000;
    static final long SME_REVENUE = 40_000;

    @Override
    public CheckResult check(Application a) {
        if (!FundGate.NANSHAN.equals(a.applicant().regionCode())) {
            return CheckResult.reject("区级推荐仅受理在南山区（440305）登记注册的企业，申请单位登记机关行政区划为" + a.applicant().regionCode());
        }
        List<Finding> out = new ArrayList<>();
        if (a.date("establishedDate").isAfter(a.date())) {
            out.add(Finding.field("establishedDate", "成立日期不能晚于申请日期"));
        }
        if (a.decimal("annualRevenue").signum() <= 0) {
            out.add(Finding.field("annualRevenue", "上年度营业收入须大于0"));
        } else if (a.decimal("rdExpense").compareTo(a.decimal("annualRevenue")) > 0) {
            out.add(Finding.field("rdExpense", "研发费用不能大于营业收入，请核对"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date("establishedDate").isAfter(a.date().minusYears(MIN_YEARS))) {
            out.add(Finding.field("establishedDate", "企业成立未满" + MIN_YEARS + "年，从事细分市场时间不足"));
        }
        BigDecimal revenue = a.decimal("annualRevenue");
        if (a.integer("staff") >= SME_STAFF && revenue.compareTo(BigDecimal.valueOf(SME_REVENUE)) >= 0) {
            out.add(Finding.rule("从业人员" + a.integer("staff") + "人且营业收入" + revenue.toPlainString() + "万元，属于大型企业，不在中小企业范围"));
        }
        if (FundGate.below(revenue, MIN_REVENUE)) {
            out.add(Finding.field("annualRevenue", "上年度营业收入" + revenue.toPlainString() + "万元，须不低于" + MIN_REVENUE + "万元"));
        }
        BigDecimal rd = a.decimal("rdExpense");
        BigDecimal percent = rd.multiply(BigDecimal.valueOf(100)).divide(revenue, 2, RoundingMode.HALF_UP);
        if (FundGate.below(rd, MIN_RD) || percent.compareTo(MIN_RD_PERCENT) < 0) {
            out.add(Finding.field("rdExpense", "上年度研发费用" + rd.toPlainString() + "万元、占营业收入" + percent.toPlainString()
                    + "%，须不低于" + MIN_RD + "万元且不低于3%"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("specialised-sme-recommendation", "专精特新中小企业区级推荐意见书")
                .text("经初审和现场核查，" + a.applicant().name() + "符合专精特新中小企业申报条件，同意推荐。")
                .attribute("year", String.valueOf(a.date().getYear()))
                .build());
    }
}
