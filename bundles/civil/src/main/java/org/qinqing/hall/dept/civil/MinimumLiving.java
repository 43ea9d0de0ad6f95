package org.qinqing.hall.dept.civil;

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
 * 最低生活保障 (社会救助暂行办法 Arts. 9-13): applied for where the household is registered; the
 * household's monthly income per member is below the city standard and its property within the
 * limits; the allowance makes up the difference for every member. The certificate is reviewed
 * yearly.
 */
final class MinimumLiving implements ApprovalHandler {
    /** 深圳市最低生活保障标准（元/人·月）: the city publishes it; update when it is raised. */
    static final BigDecimal STANDARD = new BigDecimal("1410");

    @Override
    public CheckResult check(Application a) {
        if (!CivilAssistanceItems.HUKOU[0].equals(a.text("hukou"))) {
            return CheckResult.reject("最低生活保障由共同生活的家庭成员向户籍所在地申请，非深圳户籍家庭请向户籍地申请");
        }
        if (a.integer("members") < 1) {
            return CheckResult.supplement(Finding.field("members", "共同生活家庭成员人数至少为1人"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        BigDecimal perCapita = perCapita(a);
        if (perCapita.compareTo(STANDARD) >= 0) {
            out.add(Finding.field("monthlyIncome", "家庭人均月收入" + perCapita.toPlainString() + "元，不低于本市最低生活保障标准"
                    + STANDARD.toPlainString() + "元"));
        }
        if (!a.flag("propertyWithinLimit")) {
            out.add(Finding.field("propertyWithinLimit", "家庭财产状况不符合本市最低生活保障家庭财产规定"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        BigDecimal monthly = STANDARD.subtract(perCapita(a)).multiply(BigDecimal.valueOf(a.integer("members")))
                .setScale(0, RoundingMode.HALF_UP);
        return List.of(IssuedDocument.of(CivilAssistanceItems.SUBSISTENCE, "最低生活保障证")
                .validUntil(a.date().plusYears(1))
                .text("家庭成员" + a.integer("members") + "人，按差额核定每月最低生活保障金人民币" + monthly.toPlainString() + "元。")
                .attribute("monthlyAmount", monthly.toPlainString())
                .attribute("members", String.valueOf(a.integer("members")))
                .build());
    }

    private static BigDecimal perCapita(Application a) {
        return a.decimal("monthlyIncome").divide(BigDecimal.valueOf(a.integer("members")), 2, RoundingMode.HALF_UP);
    }
}
