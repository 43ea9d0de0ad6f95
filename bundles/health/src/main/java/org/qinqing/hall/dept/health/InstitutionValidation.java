package org.qinqing.hall.dept.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 医疗机构校验 (实施细则): general, traditional-Chinese-medicine and specialist hospitals and maternal
 * and child health centres with 100 beds or more are validated every 3 years, other institutions
 * every year; the validation is applied for in the last 3 months before it falls due.
 */
final class InstitutionValidation implements ApprovalHandler {
    static final String[] TYPES = {"综合医院", "中医医院", "中西医结合医院", "专科医院", "妇幼保健院", "门诊部", "诊所", "其他医疗机构"};
    static final Set<String> HOSPITALS = Set.of("综合医院", "中医医院", "中西医结合医院", "专科医院", "妇幼保健院");
    static final int LARGE = 100;
    static final int LEAD_MONTHS = 3;

    static int periodYears(String type, long beds) {
        return HOSPITALS.contains(type) && beds >= LARGE ? 3 : 1;
    }

    static LocalDate due(Application a) {
        return a.date("lastValidation").plusYears(periodYears(a.text("institutionType"), a.integer("beds")));
    }

    @Override
    public List<Finding> review(Application a) {
        LocalDate due = due(a);
        if (a.date().isBefore(due.minusMonths(LEAD_MONTHS))) {
            return List.of(Finding.field("lastValidation", "校验期至" + due + "届满，应于届满前3个月内申请校验"));
        }
        if (a.date().isAfter(due)) {
            return List.of(Finding.field("lastValidation", "校验期已于" + due + "届满，逾期未申请校验，须按规定处理后再行校验"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        LocalDate due = due(a);
        int years = periodYears(a.text("institutionType"), a.integer("beds"));
        return List.of(IssuedDocument.of(HealthInstitutionItems.INSTITUTION_LICENCE, "医疗机构执业许可证（校验合格）")
                .validUntil(due.plusYears(years))
                .text(a.applicant().name() + "校验合格，下次校验期满日" + due.plusYears(years) + "。")
                .attribute("institutionType", a.text("institutionType"))
                .build());
    }
}
