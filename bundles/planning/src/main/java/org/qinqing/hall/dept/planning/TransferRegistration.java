package org.qinqing.hall.dept.planning;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 不动产转移登记. Sales, gifts and exchanges come with the deed tax receipt — the registry does not
 * register without it (《契税法》第十一条); inheritance by statutory heirs is exempt. Seized property is
 * not transferred; a sale has a positive price.
 */
final class TransferRegistration implements ApprovalHandler {
    static final String SALE = "买卖";
    static final String INHERITANCE = "继承";
    static final String[] TYPES = {SALE, "赠与", "互换", INHERITANCE};

    @Override
    public CheckResult check(Application a) {
        if (a.flag("seized")) {
            return CheckResult.reject("不动产已被依法查封，查封期间不予办理转移登记");
        }
        if (!INHERITANCE.equals(a.text("transferType")) && a.material("deed-tax") == null) {
            return CheckResult.supplement(Finding.material("deed-tax", a.text("transferType") + "转移的，须先缴纳契税并提交契税完税凭证"));
        }
        if (SALE.equals(a.text("transferType")) && (a.decimal("price") == null || a.decimal("price").signum() <= 0)) {
            return CheckResult.supplement(Finding.field("price", "买卖转移须填写成交价格"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = "粤（" + a.date().getYear() + "）深圳市不动产权第" + String.format("%07d", Math.floorMod(String.valueOf(a.caseNumber()).hashCode(), 10_000_000)) + "号";
        return List.of(IssuedDocument.of(PlanningItems.PROPERTY_CERTIFICATE_KIND, "不动产权证书")
                .text(number + "。权利人：" + a.applicant().name() + "。登记原因：" + a.text("transferType") + "。")
                .attribute("certificateNumber", number)
                .build());
    }
}
