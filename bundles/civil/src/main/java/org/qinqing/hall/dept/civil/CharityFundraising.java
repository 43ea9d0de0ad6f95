package org.qinqing.hall.dept.civil;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 公开募捐资格 (慈善法 Art. 22): the charity has been registered for at least one year; it has not
 * been penalised for breaking the rules on social organisations in the two years before applying.
 */
final class CharityFundraising implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        if (a.date("registrationDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("registrationDate", "登记成立日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date("registrationDate").isAfter(a.date().minusYears(1))) {
            out.add(Finding.field("registrationDate", "慈善组织依法登记满一年方可申请公开募捐资格，登记日期为" + a.date("registrationDate")));
        }
        if (a.flag("penalisedWithinTwoYears")) {
            out.add(Finding.field("penalisedWithinTwoYears", "申请之日前二年内受过行政处罚，不符合公开募捐资格条件"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("public-fundraising-qualification", "公开募捐资格证书")
                .text(a.applicant().name() + "具备公开募捐资格。").build());
    }
}
