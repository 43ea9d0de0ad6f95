package org.qinqing.hall.dept.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.PartyType;

/**
 * 企业设立登记 (秒批). Capital not negative; the number of investors the organisation form admits;
 * a limited liability company's subscribed capital paid within five years (《公司法》第四十七条), a
 * joint stock company's before it is formed (第九十八条); a sole proprietorship founded by one natural
 * person; the name rules of {@link EnterpriseNames}; a legal representative of full age. Issues the
 * 营业执照 (kind {@code business-licence}), without a term of operation.
 */
final class BusinessRegistration implements ApprovalHandler {
    static final int CONTRIBUTION_YEARS = 5;
    static final int ADULT = 18;

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal("registeredCapital").signum() < 0) {
            out.add(Finding.field("registeredCapital", "注册资本（出资额）不能为负数"));
        }
        if (a.integer("investors") < 1) {
            out.add(Finding.field("investors", "股东（发起人、合伙人）人数至少为1"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        OrganisationForm form = OrganisationForm.of(a.text("organisationForm"));
        long investors = a.integer("investors");
        if (investors < form.minInvestors || investors > form.maxInvestors) {
            out.add(Finding.field("investors", form.label + "的" + form.investors() + "人数应为" + form.minInvestors
                    + (form.maxInvestors == Integer.MAX_VALUE ? "人以上" : "至" + form.maxInvestors + "人") + "，申报为" + investors + "人"));
        }
        if (form == OrganisationForm.SOLE_PROPRIETORSHIP && a.applicant().kind() == PartyType.ENTERPRISE) {
            out.add(Finding.rule("个人独资企业只能由一个自然人投资设立，法人不能作为投资人"));
        }
        LocalDate deadline = a.date("contributionDeadline");
        if (form == OrganisationForm.LIMITED_LIABILITY) {
            if (deadline == null) {
                out.add(Finding.field("contributionDeadline", "有限责任公司须申报全体股东认缴出资的最后期限"));
            } else if (deadline.isAfter(a.date().plusYears(CONTRIBUTION_YEARS))) {
                out.add(Finding.field("contributionDeadline", "有限责任公司全体股东认缴的出资额应当自公司成立之日起五年内缴足，最迟为"
                        + a.date().plusYears(CONTRIBUTION_YEARS)));
            }
        }
        if (form == OrganisationForm.JOINT_STOCK && deadline != null && deadline.isAfter(a.date())
                && a.decimal("registeredCapital").compareTo(BigDecimal.ZERO) > 0) {
            out.add(Finding.field("contributionDeadline", "股份有限公司发起人应当在公司成立前全额缴纳股款，不能认缴至成立之后"));
        }
        out.addAll(EnterpriseNames.check(a.text("enterpriseName"), a.text("tradeName"), form));
        int age = PartyNumber.parse(a.text("legalRepresentativeId"), a.date()).ageOn(a.date());
        if (age < ADULT) {
            out.add(Finding.field("legalRepresentativeId", "法定代表人须为完全民事行为能力人，所填人员未满" + ADULT + "周岁"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String code = Licences.creditCode(Licences.ENTERPRISE, a);
        String capital = a.decimal("registeredCapital").stripTrailingZeros().toPlainString();
        return List.of(IssuedDocument.of(CommonMaterials.BUSINESS_LICENCE, "营业执照")
                .text("统一社会信用代码：" + code + "。名称：" + a.text("enterpriseName") + "。类型：" + a.text("organisationForm")
                        + "。注册资本：人民币" + capital + "万元。成立日期：" + a.date() + "。营业期限：长期。住所：" + a.text("address")
                        + "。经营范围：" + a.text("businessScope") + "。登记机关：深圳市市场监督管理局。")
                .attribute("creditCode", code)
                .attribute("name", a.text("enterpriseName"))
                .attribute("organisationForm", a.text("organisationForm"))
                .attribute("registeredCapital", capital)
                .attribute("establishedOn", a.date().toString())
                .attribute("address", a.text("address"))
                .attribute("businessScope", a.text("businessScope"))
                .build());
    }
}
