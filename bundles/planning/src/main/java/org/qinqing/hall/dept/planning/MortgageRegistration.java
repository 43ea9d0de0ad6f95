package org.qinqing.hall.dept.planning;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 不动产抵押权首次登记 (《民法典》第三百九十九条): seized property, property whose ownership is disputed
 * and public-welfare facilities of non-profit schools or hospitals cannot be mortgaged; a positive
 * debt whose term ends after it starts.
 */
final class MortgageRegistration implements ApprovalHandler {
    static final String NORMAL = "权属清晰、未被查封";
    static final String[] STATUSES = {NORMAL, "已被依法查封、扣押", "所有权、使用权不明或者有争议", "非营利法人的教育、医疗卫生等公益设施"};

    @Override
    public CheckResult check(Application a) {
        if (!NORMAL.equals(a.text("propertyStatus"))) {
            return CheckResult.reject("依照《民法典》第三百九十九条，" + a.text("propertyStatus") + "的财产不得抵押");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.decimal("debtAmount").signum() <= 0) {
            return List.of(Finding.field("debtAmount", "被担保主债权数额须大于0"));
        }
        if (!a.date("debtEnd").isAfter(a.date("debtStart"))) {
            return List.of(Finding.field("debtEnd", "债务履行期限止须晚于履行期限起"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("mortgage-certificate", "不动产登记证明（抵押权）")
                .validUntil(a.date("debtEnd"))
                .text("抵押权人：" + a.applicant().name() + "。被担保主债权数额：" + Numbers.plain(a.decimal("debtAmount")) + "元。债务履行期限："
                        + a.date("debtStart") + "至" + a.date("debtEnd") + "。")
                .build());
    }
}
