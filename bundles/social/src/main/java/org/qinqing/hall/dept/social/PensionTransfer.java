package org.qinqing.hall.dept.social;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 基本养老保险关系转移接续 (国办发〔2009〕66号). A transfer into Shenzhen comes with the contribution
 * certificate of the old place; a man of 50 or a woman of 40 who does not hold a Shenzhen household
 * register keeps the relation where it is and gets only a temporary contribution account here.
 */
final class PensionTransfer implements ApprovalHandler {
    static final String IN = "转入深圳";
    static final String OUT = "转出深圳";
    static final int MEN = 50;
    static final int WOMEN = 40;

    @Override
    public CheckResult check(Application a) {
        if (IN.equals(a.text("direction")) && a.material("payment-certificate") == null) {
            return CheckResult.supplement(Finding.material("payment-certificate", "转入深圳的，须提交原参保地出具的基本养老保险参保缴费凭证"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (IN.equals(a.text("direction")) && !a.flag("shenzhenHousehold")) {
            int age = a.applicant().ageOn(a.date());
            int limit = a.applicant().male() ? MEN : WOMEN;
            if (age >= limit) {
                return List.of(Finding.rule((a.applicant().male() ? "男性年满50周岁" : "女性年满40周岁") + "且非深圳户籍的，"
                        + "应在原参保地保留基本养老保险关系，在本市建立临时基本养老保险缴费账户，不能办理转入"));
            }
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        boolean in = IN.equals(a.text("direction"));
        return List.of(IssuedDocument.of("pension-transfer-letter", in ? "基本养老保险关系转移接续联系函" : "基本养老保险关系转移接续信息表")
                .text(a.applicant().name() + "的基本养老保险关系" + (in ? "由" + a.text("otherRegion") + "转入深圳市" : "由深圳市转往" + a.text("otherRegion"))
                        + "，个人账户储存额及统筹基金按规定一并转移。")
                .build());
    }
}
