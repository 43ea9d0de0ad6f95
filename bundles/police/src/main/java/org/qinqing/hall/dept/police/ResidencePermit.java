package org.qinqing.hall.dept.police;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 居住证 (居住证暂行条例 Art. 2): resident for at least six months; the permit is valid three years. */
final class ResidencePermit implements ApprovalHandler {
    static final int MONTHS = 6;

    @Override
    public List<Finding> review(Application a) {
        if (a.date("residentSince").isAfter(a.date().minusMonths(MONTHS))) {
            return List.of(Finding.field("residentSince", "在深居住须满" + MONTHS + "个月方可申领居住证"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("residence-permit", "广东省居住证（深圳）")
                .validUntil(a.date().plusYears(3)).text(a.applicant().name() + "，居住事由：" + a.text("reason") + "。").build());
    }
}
