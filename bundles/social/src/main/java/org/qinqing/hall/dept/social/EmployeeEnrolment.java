package org.qinqing.hall.dept.social;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 职工参保登记 (秒批). Within 30 days of the start of employment (《社会保险法》第五十八条), later only with
 * the labour contract that dates it; the employee is at least 16 and below the statutory retirement
 * age; the contribution wage is positive.
 */
final class EmployeeEnrolment implements ApprovalHandler {
    static final int DAYS = 30;

    @Override
    public CheckResult check(Application a) {
        if (a.date("startDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("startDate", "用工之日不能晚于申请日期"));
        }
        if (a.date("startDate").plusDays(DAYS).isBefore(a.date()) && a.material("labour-contract") == null) {
            return CheckResult.supplement(Finding.material("labour-contract", "自用工之日起已超过30日，须提交劳动合同以确认用工之日并补缴"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        PartyNumber employee = PartyNumber.parse(a.text("employeeId"), a.date());
        if (employee.ageOn(a.date("startDate")) < WorkingAge.MIN_AGE) {
            out.add(Finding.field("employeeId", "职工用工时未满16周岁，用人单位不得招用"));
        }
        LocalDate retirement = WorkingAge.retirement(employee, a.text("post"));
        if (!a.date().isBefore(retirement)) {
            out.add(Finding.field("employeeId", "职工已于" + retirement + "达到法定退休年龄，不能以职工身份参加基本养老保险"));
        }
        if (a.decimal("monthlyWage").signum() <= 0) {
            out.add(Finding.field("monthlyWage", "月缴费工资须大于0"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("employee-enrolment", "职工参保登记回执")
                .text(a.applicant().name() + "已为职工（" + PartyNumber.parse(a.text("employeeId"), a.date()).masked() + "）办理参保登记，参保日期"
                        + a.date("startDate") + "。")
                .attribute("startDate", a.date("startDate").toString())
                .build());
    }
}
