package org.qinqing.hall.dept.police;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 无犯罪记录证明: for adults only (juvenile records are sealed); valid three months for its purpose. */
final class NoCriminalRecord implements ApprovalHandler {

    @Override
    public List<Finding> review(Application a) {
        if (a.applicant().ageOn(a.date()) < 18) {
            return List.of(Finding.rule("未成年人犯罪记录依法封存，不予开具"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("no-criminal-record", "无犯罪记录证明")
                .validUntil(a.date().plusMonths(3))
                .text("经查，未发现" + a.applicant().name() + "有犯罪记录。用途：" + a.text("purpose") + "。").build());
    }
}
