package org.qinqing.hall.dept.civil;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 离婚登记 (民法典 Art. 1077): within 30 days of the filing either party may withdraw (the cooling-off
 * period); within the next 30 days both must apply in person for the certificate, else the filing
 * is deemed withdrawn.
 */
final class DivorceRegistration implements ApprovalHandler {
    static final int COOLING_OFF_DAYS = 30;

    @Override
    public CheckResult check(Application a) {
        if (a.date("filedDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("filedDate", "离婚登记申请受理日期不能晚于今天"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        LocalDate filed = a.date("filedDate");
        LocalDate coolingEnds = filed.plusDays(COOLING_OFF_DAYS);
        if (!a.date().isAfter(coolingEnds)) {
            return List.of(Finding.field("filedDate", "离婚冷静期至" + coolingEnds + "届满，期满后方可申请发给离婚证"));
        }
        if (a.date().isAfter(coolingEnds.plusDays(COOLING_OFF_DAYS))) {
            return List.of(Finding.field("filedDate", "冷静期届满后三十日内未申请发给离婚证，视为撤回离婚登记申请，须重新申请"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(CivilMarriageItems.DIVORCE_CERTIFICATE, "离婚证")
                .text(a.applicant().name() + "与对方当事人自愿离婚，经审查符合《中华人民共和国民法典》关于离婚的规定，准予登记，发给此证。")
                .build());
    }
}
