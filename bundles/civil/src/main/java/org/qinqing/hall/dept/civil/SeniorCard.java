package org.qinqing.hall.dept.civil;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 老年人优待证 (秒批): for people of 60 and over (老年人权益保障法 Art. 2). */
final class SeniorCard implements ApprovalHandler {
    static final int SENIOR_AGE = 60;

    @Override
    public List<Finding> review(Application a) {
        if (a.applicant().ageOn(a.date()) < SENIOR_AGE) {
            return List.of(Finding.rule("老年人优待证的办理对象为年满60周岁的老年人"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("senior-card", "老年人优待证")
                .text(a.applicant().name() + "，凭证享受公共交通、公园景区等老年人优待服务。").build());
    }
}
