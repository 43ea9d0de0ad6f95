package org.qinqing.hall.dept.culture;

import java.math.BigDecimal;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 旅行社业务经营许可 (旅行社条例): a new agency is licensed for domestic and inbound tourism with a
 * quality deposit of 200,000 yuan (Art. 13); outbound business may be applied for only after two
 * years of licensed operation, at the provincial authority (Art. 8).
 */
final class TravelAgency implements ApprovalHandler {
    static final String DOMESTIC = "国内旅游业务和入境旅游业务";
    static final String OUTBOUND = "出境旅游业务";
    static final BigDecimal DEPOSIT = new BigDecimal("200000");

    @Override
    public CheckResult check(Application a) {
        if (OUTBOUND.equals(a.text("scope"))) {
            return CheckResult.reject("旅行社取得经营许可满两年且未因侵害旅游者合法权益受到罚款以上处罚的，方可向省级文化和旅游主管部门申请经营出境旅游业务");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.decimal("deposit").compareTo(DEPOSIT) < 0) {
            return List.of(Finding.field("deposit", "经营国内旅游业务和入境旅游业务的旅行社应当存入质量保证金20万元，现为"
                    + a.decimal("deposit").toPlainString() + "元"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("travel-agency-licence", "旅行社业务经营许可证")
                .text(a.applicant().name() + "，经营范围：" + DOMESTIC + "。").build());
    }
}
