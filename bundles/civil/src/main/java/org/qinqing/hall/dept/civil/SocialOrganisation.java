package org.qinqing.hall.dept.civil;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 社会团体成立登记 (社会团体登记管理条例 Art. 10): at least 50 individual members or 30 unit members,
 * a mixed membership at least 50 in all; a local association has at least 30,000 yuan of funds.
 * Associations outside the four directly registered categories need their supervisor's consent.
 */
final class SocialOrganisation implements ApprovalHandler {
    static final String[] CATEGORIES = {"行业协会商会类", "科技类", "公益慈善类", "城乡社区服务类", "其他类别"};
    static final Set<String> DIRECT = Set.of("行业协会商会类", "科技类", "公益慈善类", "城乡社区服务类");
    static final int INDIVIDUALS = 50;
    static final int UNITS = 30;
    static final BigDecimal LOCAL_FUNDS = new BigDecimal("30000");

    @Override
    public CheckResult check(Application a) {
        return supervisorConsent(a);
    }

    static CheckResult supervisorConsent(Application a) {
        if (!DIRECT.contains(a.text("category")) && a.material("supervisor-approval") == null) {
            return CheckResult.supplement(Finding.material("supervisor-approval", "“" + a.text("category")
                    + "”不属于直接登记的类别，须提交业务主管单位审查同意文件"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        long individuals = a.integer("individualMembers");
        long units = a.integer("unitMembers");
        boolean enough = units == 0 ? individuals >= INDIVIDUALS
                : individuals == 0 ? units >= UNITS
                : individuals + units >= INDIVIDUALS;
        if (!enough) {
            out.add(Finding.field("individualMembers", "应有50个以上个人会员或30个以上单位会员，混合组成的会员总数不少于50个；现有个人会员"
                    + individuals + "个、单位会员" + units + "个"));
        }
        if (a.decimal("funds").compareTo(LOCAL_FUNDS) < 0) {
            out.add(Finding.field("funds", "地方性社会团体应有3万元以上活动资金，申报" + a.decimal("funds").toPlainString() + "元"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(CivilOrganisationItems.ORGANISATION_CERTIFICATE, "社会团体法人登记证书")
                .validUntil(a.date().plusYears(5))
                .text(a.text("name") + "，" + a.text("category") + "，活动资金" + a.decimal("funds").toPlainString() + "元，准予成立登记。")
                .attribute("name", a.text("name"))
                .build());
    }
}
