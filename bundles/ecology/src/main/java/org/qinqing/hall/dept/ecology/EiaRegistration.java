package org.qinqing.hall.dept.ecology;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 建设项目环境影响登记表备案 (秒批): only for projects the classification catalogue puts on the
 * registration form, filed before the project goes into operation. The receipt (kind
 * {@code eia-approval}, what the discharge permit asks for) carries the filing number.
 */
final class EiaRegistration implements ApprovalHandler {
    static final String REGISTRATION_FORM = "名录规定填报环境影响登记表";
    static final String REPORT = "名录规定编制环境影响报告书或报告表";

    @Override
    public CheckResult check(Application a) {
        if (REPORT.equals(a.text("category"))) {
            return CheckResult.reject("该项目须编制环境影响报告书或报告表报批，不适用登记表备案");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.date("operationDate").isBefore(a.date())) {
            return List.of(Finding.field("operationDate", "登记表应当在建设项目建成并投入生产运营前备案，项目已于" + a.date("operationDate") + "投入运营"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = a.date().getYear() + "440305" + "00" + Numbers.sequence(a);
        return List.of(IssuedDocument.of(EcologyItems.EIA_APPROVAL_KIND, "建设项目环境影响登记表备案回执")
                .text("备案号：" + number + "。" + a.applicant().name() + "的" + a.text("projectName") + "（" + a.text("location")
                        + "）环境影响登记表已完成备案。建设单位应当严格执行国家和地方环境保护标准，落实污染防治措施。")
                .attribute("filingNumber", number)
                .attribute("projectName", a.text("projectName"))
                .build());
    }
}
