package org.qinqing.hall.dept.health;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 生育登记 (秒批): first to third child, expected date within the next ten months or the last month. */
final class BirthRegistration implements ApprovalHandler {

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        long order = a.integer("childOrder");
        if (order < 1 || order > FamilyPlanningCertificate.POLICY_CHILDREN) {
            out.add(Finding.field("childOrder", "生育登记适用于第一至第三个子女，填写为" + order));
        }
        if (a.date("expectedDate").isAfter(a.date().plusMonths(10)) || a.date("expectedDate").isBefore(a.date().minusMonths(1))) {
            out.add(Finding.field("expectedDate", "预产期须在申请前1个月至申请后10个月之间"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("birth-registration", "生育服务登记单")
                .text(a.applicant().name() + "第" + a.integer("childOrder") + "孩生育登记，预产期" + a.date("expectedDate") + "。")
                .build());
    }
}
