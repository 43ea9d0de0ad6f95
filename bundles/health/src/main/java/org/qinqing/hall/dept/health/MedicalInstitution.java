package org.qinqing.hall.dept.health;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 医疗机构执业登记, by the basic standards of each class: a clinic (诊所) has at least one
 * physician and at most 4 beds; an outpatient department (门诊部) at least 5 physicians; a
 * hospital (医院) at least 20 beds and one physician per 10 beds.
 */
final class MedicalInstitution implements ApprovalHandler {
    static final String[] TYPES = {"诊所", "门诊部", "医院"};

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        long beds = a.integer("beds");
        long physicians = a.integer("physicians");
        switch (a.text("institutionType")) {
            case "诊所" -> {
                if (physicians < 1) {
                    out.add(Finding.field("physicians", "诊所至少应有1名执业医师"));
                }
                if (beds > 4) {
                    out.add(Finding.field("beds", "诊所不设或至多设4张观察床，申报" + beds + "张"));
                }
            }
            case "门诊部" -> {
                if (physicians < 5) {
                    out.add(Finding.field("physicians", "门诊部至少应有5名执业医师，申报" + physicians + "名"));
                }
            }
            default -> {
                if (beds < 20) {
                    out.add(Finding.field("beds", "医院住院床位不少于20张，申报" + beds + "张"));
                }
                if (physicians * 10 < beds) {
                    out.add(Finding.field("physicians", "每10张床位至少配备1名执业医师"));
                }
            }
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("medical-institution-licence", "医疗机构执业许可证")
                .validUntil(a.date().plusYears(5))
                .text(a.applicant().name() + "，类别：" + a.text("institutionType") + "，床位" + a.integer("beds") + "张。")
                .attribute("institutionType", a.text("institutionType"))
                .build());
    }
}
