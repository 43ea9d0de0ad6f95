package org.qinqing.hall.dept.civil;

import java.math.BigDecimal;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 民办非企业单位成立登记: outside the four directly registered categories the supervisor's consent
 * is needed; the start-up fund (lawful assets, 暂行条例 Art. 8) must be positive; the name ends
 * with the unit's organisational form (学校、院、所、中心、社、馆、站 …, 名称管理暂行规定).
 */
final class NonEnterprise implements ApprovalHandler {
    static final String[] CATEGORIES = SocialOrganisation.CATEGORIES;
    static final String[] FORMS = {"学校", "幼儿园", "医院", "诊所", "院", "所", "中心", "社", "馆", "站", "园"};

    @Override
    public CheckResult check(Application a) {
        CheckResult consent = SocialOrganisation.supervisorConsent(a);
        if (consent.outcome() != CheckResult.Outcome.ACCEPT) {
            return consent;
        }
        if (a.decimal("funds").compareTo(BigDecimal.ZERO) <= 0) {
            return CheckResult.supplement(Finding.field("funds", "开办资金须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        String name = a.text("name");
        for (String form : FORMS) {
            if (name.endsWith(form)) {
                return List.of();
            }
        }
        return List.of(Finding.field("name", "民办非企业单位名称应以反映其组织形式的字样结尾（如学校、院、所、中心、社、馆、站），“" + name + "”不符合"));
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(CivilOrganisationItems.ORGANISATION_CERTIFICATE, "民办非企业单位登记证书")
                .validUntil(a.date().plusYears(5))
                .text(a.text("name") + "，开办资金" + a.decimal("funds").toPlainString() + "元，准予成立登记。")
                .attribute("name", a.text("name"))
                .build());
    }
}
