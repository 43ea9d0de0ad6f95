package org.qinqing.hall.dept.industry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.ItemType;

/**
 * What every fund category requires, whatever its family (《深圳市南山区经济发展专项资金管理办法》):
 * the applicant is an enterprise registered in Nanshan; an enterprise receives a category at
 * most once a year; the grant is the computed amount, capped, and issued as a decision.
 */
final class FundGate {
    /** Region code of Nanshan District. */
    static final String NANSHAN = "440305";
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FundGate() {
    }

    /**
     * @param a the application
     * @param supplements what the family's formal check found missing or inconsistent
     * @return reject when the applicant is not registered in Nanshan, else accept or supplement
     */
    static CheckResult admit(Application a, List<Finding> supplements) {
        String region = a.applicant().regionCode();
        if (!NANSHAN.equals(region)) {
            return CheckResult.reject("申请单位统一社会信用代码显示登记机关行政区划为" + region
                    + "，南山区经济发展专项资金仅受理在南山区（" + NANSHAN + "）登记注册的企业");
        }
        return supplements.isEmpty() ? CheckResult.accept() : CheckResult.supplement(supplements);
    }

    /** Adds the finding when the enterprise already received the category this year. */
    static void oncePerYear(Application a, FundCategory c, List<Finding> out) {
        if (a.flag(FundItems.RECEIVED)) {
            out.add(Finding.field(FundItems.RECEIVED, "申请单位" + a.date().getYear() + "年度已获得“" + c.name
                    + "”资助，同一企业同一类别每年度只能获得一次"));
        }
    }

    /** @param wan an amount in 万元 @return it in 元 */
    static BigDecimal yuan(BigDecimal wan) {
        return wan.multiply(WAN);
    }

    /** @return percent × base, in whole 元, at most cap */
    static long capped(BigDecimal baseYuan, BigDecimal percent, long cap) {
        long raw = baseYuan.multiply(percent).divide(HUNDRED, 0, RoundingMode.DOWN).longValueExact();
        return Math.min(raw, cap);
    }

    /** @return whether the value (万元) is below the threshold (万元) */
    static boolean below(BigDecimal value, long threshold) {
        return value.compareTo(BigDecimal.valueOf(threshold)) < 0;
    }

    /** @return a percent without trailing zeros, e.g. {@code 0.5} or {@code 30} */
    static String percent(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }

    /** @return an amount of 元 as Chinese text: whole 万元 as 万元, else 元 */
    static String money(long yuan) {
        return yuan % 10_000 == 0 ? (yuan / 10_000) + "万元" : yuan + "元";
    }

    /**
     * @param a the approved application
     * @param c its category
     * @param amount the grant in 元
     * @param how how the amount was computed, in Chinese
     * @return the decision (资助/奖励决定书) with the amount
     */
    static List<IssuedDocument> decision(Application a, FundCategory c, long amount, String how) {
        String what = c.type == ItemType.REWARD ? "奖励" : "资助";
        return List.of(IssuedDocument.of(FundItems.DECISION_KIND, "南山区经济发展专项资金" + what + "决定书")
                .text("经审核，" + a.applicant().name() + "申报的“" + c.name + "”（" + c.policy.label + "分项）符合"
                        + FundPolicy.GENERAL_MEASURE + "及该分项政策的规定。" + how + "，核定" + what + "金额人民币" + amount
                        + "元（本类别最高" + money(c.cap) + "），经公示无异议后拨付至申报收款账户：" + a.text(FundItems.ACCOUNT) + "。")
                .attribute("amount", String.valueOf(amount))
                .attribute("category", c.code())
                .attribute("policy", c.policy.label)
                .attribute("year", String.valueOf(a.date().getYear()))
                .build());
    }

    /** @return the description shown to applicants: who is eligible and how much */
    static String describe(FundCategory c) {
        String max = "最高" + money(c.cap) + "。";
        switch (c.family) {
            case PROPORTIONAL:
                return "按" + c.label + "的" + percent(c.rate) + "%给予" + (c.type == ItemType.REWARD ? "奖励" : "资助") + "，" + max
                        + (c.threshold > 0 ? "申请单位上年度营业收入须不低于" + c.threshold + "万元；" : "")
                        + c.label + "须不低于" + c.secondary + "万元。";
            case GROWTH:
                return "上一年度" + c.label + "不低于" + c.threshold + "万元且同比增长不低于" + c.secondary + "%的，按增量的"
                        + percent(c.rate) + "%给予奖励，" + max;
            case CERTIFICATE:
                return (c.tiers() == null ? "一次性奖励" + money(c.cap) + "。" : "按认定级别（奖项等级）给予奖励，" + max)
                        + "须在取得" + c.label + "之日起" + c.threshold + "个月内申报。";
            case PREMISES:
                return (c.rents() ? "租赁用房按年租金的" + percent(c.rentRate()) + "%补贴；" : "")
                        + (c.purchases() ? "购置用房按购房款的" + percent(c.purchaseRate()) + "%补贴；" : "") + max
                        + "用房须位于南山区且自用面积不少于" + c.threshold + "平方米"
                        + (c.secondary > 0 ? "，申请单位上年度营业收入须不低于" + c.secondary + "万元" : "") + "。";
            case FINANCING:
                return "按" + c.label + "的" + percent(c.rate) + "%给予补贴，" + max + c.principal() + "须不低于" + c.threshold
                        + "万元，合同须在申报前24个月内签订。";
            case HEADCOUNT:
                return "按每" + unit(c) + money(c.rate.longValue()) + "给予" + (c.type == ItemType.REWARD ? "奖励" : "资助") + "，" + max
                        + c.label + "须不少于" + c.secondary + unit(c) + (c.threshold > 0 ? "，在职员工须不少于" + c.threshold + "人" : "") + "。";
            default:
                return "";
        }
    }

    private static String unit(FundCategory c) {
        if (c.people() || c.label.endsWith("人数")) {
            return "人";
        }
        return c.label.endsWith("场次") ? "场" : "件";
    }
}
