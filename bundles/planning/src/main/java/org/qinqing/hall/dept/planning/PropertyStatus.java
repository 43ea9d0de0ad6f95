package org.qinqing.hall.dept.planning;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 个人名下不动产权属状况证明 (秒批): a spouse's holdings are included only with the spouse's ID number and
 * authorisation, and the spouse is someone else; the certificate is good for one month.
 */
final class PropertyStatus implements ApprovalHandler {
    static final int VALID_MONTHS = 1;

    @Override
    public CheckResult check(Application a) {
        if (a.flag("includeSpouse")) {
            if (a.text("spouseId") == null) {
                return CheckResult.supplement(Finding.field("spouseId", "同时查询配偶的，须填写配偶身份证号码"));
            }
            if (a.material("spouse-authorisation") == null) {
                return CheckResult.supplement(Finding.material("spouse-authorisation", "同时查询配偶名下不动产的，须提交配偶授权书"));
            }
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.flag("includeSpouse") && a.text("spouseId").equals(a.applicant().number())) {
            return List.of(Finding.field("spouseId", "配偶身份证号码不能与申请人相同"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("property-status-certificate", "深圳市不动产权属状况证明")
                .validUntil(a.date().plusMonths(VALID_MONTHS))
                .text("经查询本市不动产登记簿，" + a.applicant().name() + (a.flag("includeSpouse") ? "及其配偶" : "") + "名下不动产登记情况见附表。用途："
                        + a.text("purpose") + "。")
                .build());
    }
}
