package org.qinqing.hall.dept.market;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 企业名称自主申报 (秒批): the name rules of {@link EnterpriseNames}; a declared name is reserved
 * for two months (《企业名称登记管理规定》第十八条).
 */
final class NameDeclaration implements ApprovalHandler {
    static final int RESERVED_MONTHS = 2;

    @Override
    public List<Finding> review(Application a) {
        return EnterpriseNames.check(a.text("enterpriseName"), a.text("tradeName"), OrganisationForm.of(a.text("organisationForm")));
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("enterprise-name-reservation", "企业名称自主申报告知书")
                .validUntil(a.date().plusMonths(RESERVED_MONTHS))
                .text("“" + a.text("enterpriseName") + "”已通过自主申报并予以保留，保留期至" + a.date().plusMonths(RESERVED_MONTHS)
                        + "，请在保留期届满前办理企业设立登记。")
                .attribute("name", a.text("enterpriseName"))
                .build());
    }
}
