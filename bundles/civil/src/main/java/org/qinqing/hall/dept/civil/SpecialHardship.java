package org.qinqing.hall.dept.civil;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 特困人员救助供养 (社会救助暂行办法 Art. 14): an elderly person (60 and over), a disabled person
 * (with the disability card) or a minor under 16, without working capacity or income and without a
 * supporter able to support them.
 */
final class SpecialHardship implements ApprovalHandler {
    static final String ELDERLY = "老年人";
    static final String DISABLED = "残疾人";
    static final String MINOR = "未满16周岁的未成年人";
    static final String[] CATEGORIES = {ELDERLY, DISABLED, MINOR};

    @Override
    public CheckResult check(Application a) {
        if (DISABLED.equals(a.text("category")) && a.material("disability-card") == null) {
            return CheckResult.supplement(Finding.material("disability-card", "以残疾人身份申请的，须提交残疾人证"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        int age = a.applicant().ageOn(a.date());
        if (ELDERLY.equals(a.text("category")) && age < SeniorCard.SENIOR_AGE) {
            out.add(Finding.field("category", "以老年人身份申请须年满60周岁，申请人现年" + age + "周岁"));
        }
        if (MINOR.equals(a.text("category")) && age >= 16) {
            out.add(Finding.field("category", "未成年人特困供养的对象须未满16周岁，申请人现年" + age + "周岁"));
        }
        if (!a.flag("noWorkingCapacityOrIncome")) {
            out.add(Finding.field("noWorkingCapacityOrIncome", "特困供养对象须无劳动能力、无生活来源"));
        }
        if (!a.flag("noCapableSupporter")) {
            out.add(Finding.field("noCapableSupporter", "有具备履行能力的法定赡养、抚养、扶养义务人的，不属于特困供养对象"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("special-hardship-certificate", "特困人员救助供养证")
                .validUntil(a.date().plusYears(1))
                .text(a.applicant().name() + "（" + a.text("category") + "）认定为特困人员，供养方式：" + a.text("careMode") + "。")
                .build());
    }
}
