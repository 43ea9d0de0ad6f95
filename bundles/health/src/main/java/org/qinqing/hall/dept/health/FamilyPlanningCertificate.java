package org.qinqing.hall.dept.health;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 计划生育情况证明: a married applicant names the spouse and hands in the marriage certificate;
 * more than three children needs a review of compliance; the certificate is valid 90 days.
 */
final class FamilyPlanningCertificate implements ApprovalHandler {
    static final String KIND = "family-planning-certificate";
    static final int VALID_DAYS = 90;
    static final int POLICY_CHILDREN = 3;

    @Override
    public CheckResult check(Application a) {
        if (HealthItems.MARITAL_MARRIED.equals(a.text("maritalStatus"))) {
            if (a.text("spouseId") == null) {
                return CheckResult.supplement(Finding.field("spouseId", "已婚者须填写配偶身份证号码"));
            }
            if (a.material("marriage-certificate") == null) {
                return CheckResult.supplement(Finding.material("marriage-certificate", "已婚者须提交结婚证"));
            }
        }
        if (a.integer("children") < 0) {
            return CheckResult.supplement(Finding.field("children", "子女数不能为负数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.integer("children") > POLICY_CHILDREN) {
            return List.of(Finding.field("children", "现有子女" + a.integer("children") + "个，超过政策规定的"
                    + POLICY_CHILDREN + "个，须核实是否符合再生育规定"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(KIND, "计划生育情况证明")
                .validUntil(a.date().plusDays(VALID_DAYS))
                .text("兹证明" + a.applicant().name() + "，婚姻状况" + a.text("maritalStatus") + "，现有子女"
                        + a.integer("children") + "个，无违反计划生育政策生育情况。")
                .attribute("maritalStatus", a.text("maritalStatus"))
                .build());
    }
}
