package org.qinqing.hall.dept.police;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 往来港澳通行证再次签注 (秒批): an endorsement cannot outlast the permit carrying it; a business
 * endorsement needs the employer's exit-entry business filing.
 */
final class Endorsement implements ApprovalHandler {
    static final String BUSINESS = "商务（一年多次）";
    static final String[] TYPES = {"个人旅游（三个月一次）", "个人旅游（一年两次）", "团队旅游（三个月一次）", "探亲（三个月一次）", BUSINESS};
    static final Map<String, Integer> MONTHS = Map.of("个人旅游（三个月一次）", 3, "个人旅游（一年两次）", 12, "团队旅游（三个月一次）", 3,
            "探亲（三个月一次）", 3, BUSINESS, 12);

    @Override
    public CheckResult check(Application a) {
        if (BUSINESS.equals(a.text("endorsement")) && a.material("business-filing") == null) {
            return CheckResult.supplement(Finding.material("business-filing", "申请商务签注须提交所在企业的出入境商务备案证明"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        LocalDate until = until(a);
        if (until.isAfter(a.date("permitExpiry"))) {
            return List.of(Finding.field("permitExpiry", "签注有效期不得超过通行证有效期（" + a.date("permitExpiry") + "），请先换发通行证"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("hk-macau-endorsement", "往来港澳通行证签注（" + a.text("endorsement") + "）")
                .validUntil(until(a))
                .text(a.applicant().name() + "，签注种类：" + a.text("endorsement") + "，请于自助签注机打印。")
                .build());
    }

    private static LocalDate until(Application a) {
        return a.date().plusMonths(MONTHS.get(a.text("endorsement"))).minusDays(1);
    }
}
