package org.qinqing.hall.dept.social;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.ProvidedMaterial;

/**
 * 单位参保登记 (秒批). An employer registered in Shenzhen (the credit code's region 4403xx) registers
 * here; an employer with staff hands in the staff list; the business licence is the applicant's own.
 * The receipt notes a registration later than 30 days after formation (《社会保险法》第五十七条).
 */
final class EmployerRegistration implements ApprovalHandler {
    static final String SHENZHEN = "4403";
    static final int DAYS = 30;

    @Override
    public CheckResult check(Application a) {
        if (!a.applicant().regionCode().startsWith(SHENZHEN)) {
            return CheckResult.reject("单位登记地为" + a.applicant().regionCode() + "，非本市登记的单位应当在登记地社会保险经办机构办理参保登记");
        }
        if (a.date("establishedOn").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("establishedOn", "单位成立日期不能晚于申请日期"));
        }
        if (a.integer("employees") < 0) {
            return CheckResult.supplement(Finding.field("employees", "职工人数不能为负数"));
        }
        if (a.integer("employees") > 0 && a.material("staff-list") == null) {
            return CheckResult.supplement(Finding.material("staff-list", "单位已有职工" + a.integer("employees") + "人，须提交参保职工花名册"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        ProvidedMaterial licence = a.material("business-licence");
        String code = licence == null ? null : licence.attributes().get("creditCode");
        if (code != null && !code.equals(a.applicant().number())) {
            return List.of(Finding.material("business-licence", "营业执照的统一社会信用代码" + code + "与申请单位不一致"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        boolean late = a.date().isAfter(a.date("establishedOn").plusDays(DAYS));
        return List.of(IssuedDocument.of("social-insurance-registration", "社会保险登记回执（单位参保登记）")
                .text(a.applicant().name() + "已于" + a.date() + "办理社会保险登记，单位社保编号为统一社会信用代码" + a.applicant().number() + "。"
                        + (late ? "登记时间已超过单位成立之日起30日，请为自用工之日起的职工及时足额补缴社会保险费。" : ""))
                .attribute("registeredOn", a.date().toString())
                .attribute("late", String.valueOf(late))
                .build());
    }
}
