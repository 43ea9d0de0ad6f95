package org.qinqing.hall.dept.hr;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 自主创业补贴: the business registered within the last 3 years and employs at least one person. */
final class StartupSubsidy implements ApprovalHandler {
    static final int AMOUNT = 10_000;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date("registrationDate").isBefore(a.date().minusYears(3))) {
            out.add(Finding.field("registrationDate", "创业实体登记已超过3年，不符合申领条件"));
        }
        if (a.integer("employees") < 1) {
            out.add(Finding.field("employees", "须带动至少1人就业"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("subsidy-decision", "自主创业补贴核定通知")
                .text("核定一次性创业补贴人民币" + AMOUNT + "元。")
                .attribute("amount", String.valueOf(AMOUNT))
                .build());
    }
}
