package org.qinqing.hall.dept.emergency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 特种作业操作证 (《特种作业人员安全技术培训考核管理规定》): 18 or older and not past the statutory
 * retirement age of an operative (men 60, women 50, both raised gradually from 2025), at least junior
 * middle school. Valid six years, reviewed every three.
 */
final class SpecialOperations implements ApprovalHandler {
    static final String[] EDUCATION = {"小学及以下", "初中", "高中（中专）", "大专及以上"};
    static final int MIN_AGE = 18;
    static final int VALID_YEARS = 6;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.applicant().ageOn(a.date()) < MIN_AGE) {
            out.add(Finding.rule("特种作业人员须年满18周岁"));
        } else {
            RetirementAge.Group group = a.applicant().male() ? RetirementAge.Group.MEN : RetirementAge.Group.WOMEN_50;
            LocalDate retirement = RetirementAge.retirementDate(a.applicant().birthDate(), group);
            if (!a.date().isBefore(retirement)) {
                out.add(Finding.rule("申请人已于" + retirement + "达到法定退休年龄，不能取得特种作业操作证"));
            }
        }
        if (EDUCATION[0].equals(a.text("education"))) {
            out.add(Finding.field("education", "特种作业人员须具有初中及以上文化程度"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("special-operations-certificate", "中华人民共和国特种作业操作证")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text(a.applicant().name() + "，作业类别：" + a.text("operation") + "。有效期6年，每3年复审一次，首次复审日期"
                        + a.date().plusYears(3) + "。")
                .attribute("operation", a.text("operation"))
                .build());
    }
}
