package org.qinqing.hall.dept.health;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 计划生育特别扶助: the mother is at least 49; the only child has died, or is disabled of grade
 * three or above (proven by the disability card); there is no other living child.
 */
final class SpecialAssistance implements ApprovalHandler {
    static final String DEATH = "独生子女死亡";
    static final String DISABILITY = "独生子女伤残（三级以上）";
    static final int MOTHER_AGE = 49;

    @Override
    public CheckResult check(Application a) {
        String proof = DEATH.equals(a.text("situation")) ? "death-proof" : "disability-card";
        if (a.material(proof) == null) {
            return CheckResult.supplement(Finding.material(proof, a.text("situation") + "的，须提交" + a.item().material(proof).name()));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        String mother = a.text("motherId");
        if ((mother.charAt(16) - '0') % 2 == 1) {
            out.add(Finding.field("motherId", "女方身份证号码应为女性公民的号码"));
        }
        LocalDate born = LocalDate.parse(mother.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        int age = Period.between(born, a.date()).getYears();
        if (age < MOTHER_AGE) {
            out.add(Finding.field("motherId", "特别扶助对象须女方年满49周岁，女方现年" + age + "周岁"));
        }
        if (a.integer("otherLivingChildren") > 0) {
            out.add(Finding.field("otherLivingChildren", "有其他存活子女的，不属于独生子女伤残、死亡家庭"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("subsidy-decision", "计划生育特别扶助对象确认通知")
                .text("经审核，申请人家庭属于" + a.text("situation") + "家庭，纳入计划生育特别扶助，扶助金按月发放至终身。")
                .build());
    }
}
