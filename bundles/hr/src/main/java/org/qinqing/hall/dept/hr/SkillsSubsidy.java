package org.qinqing.hall.dept.hr;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 职业技能提升补贴 (秒批): certificate obtained within the last 12 months; the amount follows its level. */
final class SkillsSubsidy implements ApprovalHandler {
    static final String[] LEVELS = {"初级", "中级", "高级", "技师", "高级技师"};
    static final Map<String, Integer> AMOUNT = Map.of("初级", 1000, "中级", 1500, "高级", 2000, "技师", 3000, "高级技师", 3000);

    @Override
    public List<Finding> review(Application a) {
        if (a.date("certificateDate").isBefore(a.date().minusMonths(12))) {
            return List.of(Finding.field("certificateDate", "证书须在发证之日起12个月内申领补贴"));
        }
        if (a.date("certificateDate").isAfter(a.date())) {
            return List.of(Finding.field("certificateDate", "发证日期不能晚于申请日期"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        int amount = AMOUNT.get(a.text("certificateLevel"));
        return List.of(IssuedDocument.of("subsidy-decision", "职业技能提升补贴核定通知")
                .text("核定补贴金额人民币" + amount + "元，将发放至申请人社会保障卡银行账户。")
                .attribute("amount", String.valueOf(amount))
                .build());
    }
}
