package org.qinqing.hall.dept.sci;

import java.util.Arrays;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 科技专家库入库: under 70; a senior title (副高级 or 正高级), or a doctorate with at least 3 years of
 * professional work; a stated title comes with its certificate; work years cannot exceed the years
 * since 18. Membership lasts 3 years.
 */
final class ExpertPool implements ApprovalHandler {
    static final String[] TITLES = {"无", "初级", "中级", "副高级", "正高级"};
    static final int MAX_AGE = 70;
    static final int DOCTOR_YEARS = 3;
    static final int VALID_YEARS = 3;
    private static final int SENIOR = 3;

    @Override
    public CheckResult check(Application a) {
        int age = a.applicant().ageOn(a.date());
        if (age >= MAX_AGE) {
            return CheckResult.reject("入库专家须在" + MAX_AGE + "周岁以下，申请人" + age + "周岁");
        }
        if (a.integer("workYears") > Math.max(age - 18, 0)) {
            return CheckResult.supplement(Finding.field("workYears", "从事专业工作年限与年龄不符，请核对"));
        }
        if (!"无".equals(a.text("title")) && a.material("title-certificate") == null) {
            return CheckResult.supplement(Finding.material("title-certificate", "填报了专业技术职称的，须提交职称证书"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        boolean senior = Arrays.asList(TITLES).indexOf(a.text("title")) >= SENIOR;
        boolean doctor = "博士研究生".equals(a.text("education")) && a.integer("workYears") >= DOCTOR_YEARS;
        if (!senior && !doctor) {
            return List.of(Finding.rule("入库专家须具有副高级以上专业技术职称，或具有博士学位且从事专业工作满" + DOCTOR_YEARS + "年"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("sci-expert-pool", "南山区科技专家库入库通知")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text(a.applicant().name() + "（" + a.text("speciality") + "领域）已入选南山区科技专家库，聘期" + VALID_YEARS + "年。")
                .attribute("speciality", a.text("speciality"))
                .build());
    }
}
