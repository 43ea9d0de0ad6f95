package org.qinqing.hall.dept.industry;

import static org.qinqing.hall.dept.industry.FundItems.ADDRESS;
import static org.qinqing.hall.dept.industry.FundItems.AREA;
import static org.qinqing.hall.dept.industry.FundItems.LEASE;
import static org.qinqing.hall.dept.industry.FundItems.MODE;
import static org.qinqing.hall.dept.industry.FundItems.PROPERTY;
import static org.qinqing.hall.dept.industry.FundItems.PURCHASE;
import static org.qinqing.hall.dept.industry.FundItems.RENT;
import static org.qinqing.hall.dept.industry.FundItems.REVENUE;
import static org.qinqing.hall.dept.industry.FundItems.UNIT_PRICE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * Premises subsidies (总部企业办公用房补贴, 厂房租金补贴, 人才公寓租金补贴 …): the premises are in
 * Nanshan and at least the category's area; a lease needs the registered lease contract, a
 * purchase the property certificate; subsidy = min(area × monthly rent × 12 × rent rate, cap)
 * or min(area × price × purchase rate, cap).
 */
final class PremisesSubsidy implements ApprovalHandler {
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
    private final FundCategory c;

    PremisesSubsidy(FundCategory c) {
        this.c = c;
    }

    private String mode(Application a) {
        if (c.rents() && c.purchases()) {
            return a.text(MODE);
        }
        return c.rents() ? RENT : PURCHASE;
    }

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal(AREA).signum() <= 0) {
            out.add(Finding.field(AREA, "自用面积须大于0"));
        }
        if (a.decimal(UNIT_PRICE).signum() <= 0) {
            out.add(Finding.field(UNIT_PRICE, "单价须大于0"));
        }
        if (RENT.equals(mode(a)) && a.material(LEASE) == null) {
            out.add(Finding.material(LEASE, "租赁用房须提交房屋租赁合同及租赁登记备案凭证"));
        }
        if (PURCHASE.equals(mode(a)) && a.material(PROPERTY) == null) {
            out.add(Finding.material(PROPERTY, "购置用房须提交不动产权证书或经备案的购房合同"));
        }
        return FundGate.admit(a, out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!a.text(ADDRESS).contains("南山")) {
            out.add(Finding.field(ADDRESS, "用房须位于南山区，申报地址为“" + a.text(ADDRESS) + "”"));
        }
        if (FundGate.below(a.decimal(AREA), c.threshold)) {
            out.add(Finding.field(AREA, "自用面积" + a.decimal(AREA).toPlainString() + "平方米，低于本类别要求的" + c.threshold + "平方米"));
        }
        if (c.secondary > 0 && FundGate.below(a.decimal(REVENUE), c.secondary)) {
            out.add(Finding.field(REVENUE, "上年度营业收入" + a.decimal(REVENUE).toPlainString() + "万元，低于本类别要求的"
                    + c.secondary + "万元"));
        }
        FundGate.oncePerYear(a, c, out);
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        BigDecimal value = a.decimal(AREA).multiply(a.decimal(UNIT_PRICE));
        boolean rent = RENT.equals(mode(a));
        long amount = rent ? FundGate.capped(value.multiply(MONTHS), c.rentRate(), c.cap)
                : FundGate.capped(value, c.purchaseRate(), c.cap);
        String how = rent
                ? "按自用面积" + a.decimal(AREA).toPlainString() + "平方米、月租金" + a.decimal(UNIT_PRICE).toPlainString() + "元/平方米计算年租金的"
                        + FundGate.percent(c.rentRate()) + "%"
                : "按自用面积" + a.decimal(AREA).toPlainString() + "平方米、购房单价" + a.decimal(UNIT_PRICE).toPlainString() + "元/平方米计算购房款的"
                        + FundGate.percent(c.purchaseRate()) + "%";
        return FundGate.decision(a, c, amount, how + (amount == c.cap ? "并按本类别上限核定" : ""));
    }
}
