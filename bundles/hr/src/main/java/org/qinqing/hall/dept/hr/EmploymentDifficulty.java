package org.qinqing.hall.dept.hr;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 就业困难人员认定: a registered unemployed person of working age in one of the categories — older
 * unemployed (women from 40, men from 50), disabled (card), member of a subsistence-allowance
 * household (certificate), or unemployed for a year or more without a break. Certified for 3 years.
 */
final class EmploymentDifficulty implements ApprovalHandler {
    static final String OLDER = "大龄失业人员（女40周岁以上、男50周岁以上）";
    static final String DISABLED = "残疾人";
    static final String SUBSISTENCE = "城乡低保家庭成员";
    static final String LONG_TERM = "连续失业一年以上人员";
    static final String[] CATEGORIES = {OLDER, DISABLED, SUBSISTENCE, LONG_TERM};
    static final Map<String, String> PROOF = Map.of(DISABLED, "disability-card", SUBSISTENCE, "subsistence-proof");

    @Override
    public CheckResult check(Application a) {
        String proof = PROOF.get(a.text("category"));
        if (proof != null && a.material(proof) == null) {
            return CheckResult.supplement(Finding.material(proof, "以“" + a.text("category") + "”申请的，须提交" + a.item().material(proof).name()));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        boolean male = a.applicant().male();
        int age = a.applicant().ageOn(a.date());
        if (age >= WorkingAge.retirement(male)) {
            return List.of(Finding.rule("已达法定退休年龄，不属于就业困难人员认定对象"));
        }
        if (OLDER.equals(a.text("category")) && age < (male ? 50 : 40)) {
            return List.of(Finding.field("category", "大龄失业人员须" + (male ? "男性年满50周岁" : "女性年满40周岁") + "，申请人现年" + age + "周岁"));
        }
        if (LONG_TERM.equals(a.text("category")) && a.date("unemployedSince").isAfter(a.date().minusYears(1))) {
            return List.of(Finding.field("unemployedSince", "自" + a.date("unemployedSince") + "登记失业，连续失业未满一年"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(HrEmploymentItems.DIFFICULTY_PROOF, "就业困难人员认定证明")
                .validUntil(a.date().plusYears(3))
                .text(a.applicant().name() + "认定为就业困难人员（" + a.text("category") + "），可享受就业援助政策。")
                .attribute("category", a.text("category"))
                .build());
    }
}
