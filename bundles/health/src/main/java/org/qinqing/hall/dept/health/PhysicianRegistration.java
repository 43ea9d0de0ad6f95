package org.qinqing.hall.dept.health;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 医师执业注册: the qualification must predate the application; the applicant must be of age. */
final class PhysicianRegistration implements ApprovalHandler {

    @Override
    public List<Finding> review(Application a) {
        if (a.date("qualificationDate").isAfter(a.date())) {
            return List.of(Finding.field("qualificationDate", "取得医师资格日期不能晚于申请日期"));
        }
        if (a.applicant().ageOn(a.date()) < 18) {
            return List.of(Finding.rule("申请人须年满18周岁"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("physician-practice-certificate", "医师执业证书")
                .text(a.applicant().name() + "，执业类别：" + a.text("category") + "。")
                .attribute("category", a.text("category"))
                .build());
    }
}
