package org.qinqing.hall.dept.police;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 临时居民身份证: for residents of 16 and over; valid three months. */
final class TemporaryId implements ApprovalHandler {

    @Override
    public List<Finding> review(Application a) {
        if (a.applicant().ageOn(a.date()) < IdCardFirst.ADULT_AGE) {
            return List.of(Finding.rule("临时居民身份证的申领对象为已满16周岁的公民"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("temporary-id", "临时居民身份证")
                .validUntil(a.date().plusMonths(3)).text("申领原因：" + a.text("reason") + "。").build());
    }
}
