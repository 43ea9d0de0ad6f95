package org.qinqing.hall.dept.edu;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 义务教育阶段学位申请. A first-grade applicant has turned 6 by 31 August of the year of entry
 * (义务教育法 Art. 11). A child without Shenzhen household registration applies with a residence
 * permit and a parent registered as resident and insured in Shenzhen for at least 12 months each.
 */
final class SchoolPlace implements ApprovalHandler {
    static final String FIRST_GRADE = "小学一年级";
    static final String JUNIOR_FIRST = "初中一年级";
    static final String LOCAL = "深圳市户籍";
    static final String NON_LOCAL = "非深圳市户籍";
    static final String LEASE_FILING = "house-lease-filing";
    static final int SCHOOL_AGE = 6;
    static final int MIN_MONTHS = 12;

    @Override
    public CheckResult check(Application a) {
        if (NON_LOCAL.equals(a.text("hukou"))) {
            if (a.material("residence-permit") == null) {
                return CheckResult.supplement(Finding.material("residence-permit", "非深圳户籍儿童申请学位须提交有效的广东省居住证"));
            }
            if (a.integer("residenceMonths") == null || a.integer("insuranceMonths") == null) {
                return CheckResult.supplement(Finding.field("residenceMonths", "非深圳户籍儿童申请学位须填写居住登记和社会保险缴纳月数"));
            }
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (FIRST_GRADE.equals(a.text("grade"))) {
            int age = Ids.age(a.text("childId"), Ids.cutOff(a.date()));
            if (age < SCHOOL_AGE) {
                out.add(Finding.field("childId", "申请小学一年级学位的儿童须于" + Ids.cutOff(a.date()) + "前年满6周岁"));
            }
        }
        if (NON_LOCAL.equals(a.text("hukou"))) {
            if (a.integer("residenceMonths") < MIN_MONTHS) {
                out.add(Finding.field("residenceMonths", "父母一方在深连续居住登记须满12个月，现为" + a.integer("residenceMonths") + "个月"));
            }
            if (a.integer("insuranceMonths") < MIN_MONTHS) {
                out.add(Finding.field("insuranceMonths", "父母一方在深连续缴纳社会保险须满12个月，现为" + a.integer("insuranceMonths") + "个月"));
            }
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("school-place-review", "学位申请资格审核通过通知")
                .validUntil(Ids.cutOff(a.date()))
                .text("申请人子女（" + a.text("hukou") + "）" + a.text("grade") + "学位申请资格审核通过，学位按积分排序统筹安排。")
                .attribute("grade", a.text("grade"))
                .build());
    }
}
