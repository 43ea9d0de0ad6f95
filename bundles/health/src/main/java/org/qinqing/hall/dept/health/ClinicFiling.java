package org.qinqing.hall.dept.health;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 诊所备案: the founding physician has practised at least 5 years after registration; at least one physician works there. */
final class ClinicFiling implements ApprovalHandler {
    static final int PRACTICE_YEARS = 5;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("practiceYears") < PRACTICE_YEARS) {
            out.add(Finding.field("practiceYears", "设置人须经执业注册后在医疗卫生机构中执业满5年，现为" + a.integer("practiceYears") + "年"));
        }
        if (a.integer("physicians") < 1) {
            out.add(Finding.field("physicians", "诊所至少应有1名执业医师"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(HealthInstitutionItems.INSTITUTION_LICENCE, "诊所备案凭证")
                .text(a.applicant().name() + "，执业医师" + a.integer("physicians") + "名，已备案。")
                .attribute("institutionType", "诊所")
                .build());
    }
}
