package org.qinqing.hall.dept.market;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 特种设备安全管理和作业人员资格认定: 18 or older and not past the statutory retirement age
 * (TSG Z6001-2019) — for women 55 (rising to 58) as safety managers, 50 (rising to 55) as operators.
 * The certificate is valid four years.
 */
final class EquipmentOperator implements ApprovalHandler {
    static final String MANAGER = "安全管理人员";
    static final String OPERATOR = "作业人员";
    static final int MIN_AGE = 18;
    static final int VALID_YEARS = 4;

    @Override
    public List<Finding> review(Application a) {
        if (a.applicant().ageOn(a.date()) < MIN_AGE) {
            return List.of(Finding.rule("特种设备安全管理和作业人员须年满18周岁"));
        }
        LocalDate birth = a.applicant().birthDate();
        RetirementAge.Group group = a.applicant().male() ? RetirementAge.Group.MEN
                : MANAGER.equals(a.text("role")) ? RetirementAge.Group.WOMEN_55 : RetirementAge.Group.WOMEN_50;
        LocalDate retirement = RetirementAge.retirementDate(birth, group);
        if (!a.date().isBefore(retirement)) {
            return List.of(Finding.rule("申请人已达法定退休年龄（" + RetirementAge.describe(birth, retirement) + "，"
                    + retirement + "），不能取得特种设备" + a.text("role") + "资格"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("special-equipment-operator-certificate", "特种设备安全管理和作业人员证")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text(a.applicant().name() + "经考试合格，准予从事特种设备" + a.text("role") + "（" + a.text("project") + "）。")
                .attribute("project", a.text("project"))
                .build());
    }
}
