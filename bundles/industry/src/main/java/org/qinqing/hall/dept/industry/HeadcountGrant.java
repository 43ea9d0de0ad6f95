package org.qinqing.hall.dept.industry;

import static org.qinqing.hall.dept.industry.FundItems.COUNT;
import static org.qinqing.hall.dept.industry.FundItems.STAFF;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * Per-unit grants (博士后在站资助, 技能培训资助, 人才住房租赁补贴, PCT专利资助, 演出场次资助 …):
 * the count reaches the category's minimum, employed persons counted are among the staff, the
 * staff reaches the category's size; grant = min(count × amount per unit, cap).
 */
final class HeadcountGrant implements ApprovalHandler {
    private final FundCategory c;

    HeadcountGrant(FundCategory c) {
        this.c = c;
    }

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        long count = a.integer(COUNT);
        if (count <= 0) {
            out.add(Finding.field(COUNT, c.label + "须大于0"));
        } else if (c.people() && count > a.integer(STAFF)) {
            out.add(Finding.field(COUNT, c.label + "（" + count + "人）不能多于在职员工总数（" + a.integer(STAFF) + "人）"));
        }
        return FundGate.admit(a, out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer(COUNT) < c.secondary) {
            out.add(Finding.field(COUNT, c.label + "为" + a.integer(COUNT) + "，未达到本类别要求的" + c.secondary));
        }
        if (c.threshold > 0 && a.integer(STAFF) < c.threshold) {
            out.add(Finding.field(STAFF, "在职员工" + a.integer(STAFF) + "人，本类别要求不少于" + c.threshold + "人"));
        }
        FundGate.oncePerYear(a, c, out);
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        long perUnit = c.rate.longValueExact();
        long amount = Math.min(a.integer(COUNT) * perUnit, c.cap);
        return FundGate.decision(a, c, amount, "按" + c.label + a.integer(COUNT) + "、每个" + perUnit + "元计算"
                + (amount == c.cap ? "并按本类别上限核定" : ""));
    }
}
