package org.qinqing.hall.dept.civil;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 残疾人两项补贴 (国发〔2015〕52号): the living subsidy is for disabled people of subsistence-allowance
 * households (proven by the certificate); the care subsidy for the severely disabled, graded one or
 * two.
 */
final class DisabilitySubsidy implements ApprovalHandler {
    static final String LIVING = "困难残疾人生活补贴";
    static final String CARE = "重度残疾人护理补贴";
    static final String[] GRADES = {"一级", "二级", "三级", "四级"};

    @Override
    public CheckResult check(Application a) {
        if (LIVING.equals(a.text("subsidy")) && a.material("subsistence-proof") == null) {
            return CheckResult.supplement(Finding.material("subsistence-proof", "困难残疾人生活补贴的对象为低保家庭中的残疾人，须提交最低生活保障证"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        String grade = a.text("grade");
        if (CARE.equals(a.text("subsidy")) && !("一级".equals(grade) || "二级".equals(grade))) {
            return List.of(Finding.field("grade", "重度残疾人护理补贴的对象为残疾等级一级、二级的重度残疾人，申请人为" + grade));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("subsidy-decision", a.text("subsidy") + "核定通知")
                .text(a.applicant().name() + "（残疾等级" + a.text("grade") + "）符合" + a.text("subsidy") + "发放条件，按月发放。")
                .build());
    }
}
