package org.qinqing.hall.dept.housing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 商品房预售许可 (城市房地产管理法 Art. 45): the whole land premium paid; at least 25% of the total
 * construction investment put in; a fixed completion and delivery date still ahead.
 */
final class PresalePermit implements ApprovalHandler {
    static final BigDecimal MIN_SHARE = new BigDecimal("0.25");

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("totalInvestment").compareTo(BigDecimal.ZERO) <= 0) {
            return CheckResult.supplement(Finding.field("totalInvestment", "工程建设总投资须大于0"));
        }
        if (a.decimal("investedAmount").compareTo(a.decimal("totalInvestment")) > 0) {
            return CheckResult.supplement(Finding.field("investedAmount", "已投入资金不能大于工程建设总投资"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!a.flag("landPremiumPaid")) {
            out.add(Finding.field("landPremiumPaid", "须已交付全部土地使用权出让金，取得土地使用权证书"));
        }
        BigDecimal needed = a.decimal("totalInvestment").multiply(MIN_SHARE);
        if (a.decimal("investedAmount").compareTo(needed) < 0) {
            out.add(Finding.field("investedAmount", "投入开发建设的资金须达到工程建设总投资的25%以上（" + needed.stripTrailingZeros().toPlainString()
                    + "万元），现为" + a.decimal("investedAmount").toPlainString() + "万元"));
        }
        if (!a.date("deliveryDate").isAfter(a.date())) {
            out.add(Finding.field("deliveryDate", "竣工交付日期须晚于申请日期；已竣工的项目请办理现售备案"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("presale-permit", "深圳市商品房预售许可证")
                .text(a.text("projectName") + "，开发企业：" + a.applicant().name() + "，竣工交付日期" + a.date("deliveryDate")
                        + "。预售款须存入监管账户。")
                .attribute("projectName", a.text("projectName"))
                .build());
    }
}
