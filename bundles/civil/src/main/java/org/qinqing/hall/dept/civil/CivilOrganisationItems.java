package org.qinqing.hall.dept.civil;

import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.ZERO_VISIT;

import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;

/** Social organisation items of 南山区民政局 (社会组织登记管理), all handled fully online. */
final class CivilOrganisationItems {
    static final String SOCIAL_ORGANISATION = "civil-social-organisation-registration";
    static final String SOCIAL_ORGANISATION_CHANGE = "civil-social-organisation-change";
    static final String SOCIAL_ORGANISATION_DEREGISTRATION = "civil-social-organisation-deregistration";
    static final String NON_ENTERPRISE = "civil-non-enterprise-registration";
    static final String NON_ENTERPRISE_CHANGE = "civil-non-enterprise-change";
    static final String NON_ENTERPRISE_DEREGISTRATION = "civil-non-enterprise-deregistration";
    static final String ANNUAL_INSPECTION = "civil-organisation-annual-inspection";
    static final String CHARITY_FUNDRAISING = "civil-charity-fundraising-qualification";

    /** Vault kind of the 社会组织法人登记证书. */
    static final String ORGANISATION_CERTIFICATE = "social-organisation-certificate";

    private static final String SOCIAL_REGULATION = "《社会团体登记管理条例》";
    private static final String NON_ENTERPRISE_REGULATION = "《民办非企业单位登记管理暂行条例》";

    private CivilOrganisationItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(SOCIAL_ORGANISATION, "社会团体成立登记").type(ItemType.LICENSING).party(PartyType.BOTH)
                        .limits(30, 20).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(SOCIAL_REGULATION + "第三条、第十条")
                        .description("行业协会商会类、科技类、公益慈善类、城乡社区服务类社会团体直接登记，其他类别须经业务主管单位审查同意。")
                        .keywords("成立协会", "社团登记", "商会登记")
                        .material(CommonMaterials.legalRepresentativeId().note("拟任法定代表人身份证明"))
                        .material(Material.of("application", "登记申请书及章程草案"))
                        .material(Material.of("members", "会员名册"))
                        .material(Material.of("funds-proof", "验资报告或活动资金来源证明"))
                        .material(Material.of("premises", "住所使用权证明"))
                        .material(Material.of("supervisor-approval", "业务主管单位审查同意文件").optional().note("非直接登记类别提交"))
                        .field(FormField.of("name", "社会团体名称", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("category", "类别", FieldType.CHOICE).options(SocialOrganisation.CATEGORIES))
                        .field(FormField.of("individualMembers", "个人会员数", FieldType.INTEGER))
                        .field(FormField.of("unitMembers", "单位会员数", FieldType.INTEGER))
                        .field(FormField.of("funds", "活动资金（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(SOCIAL_ORGANISATION_CHANGE, "社会团体变更登记").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(SOCIAL_REGULATION)
                        .keywords("社团变更", "更换法定代表人")
                        .material(Material.of("certificate", "社会团体法人登记证书").reusable(ORGANISATION_CERTIFICATE))
                        .material(Material.of("resolution", "会员（代表）大会或理事会变更决议"))
                        .field(FormField.of("changeItem", "变更事项", FieldType.CHOICE).options("名称", "住所", "法定代表人", "业务范围", "活动资金"))
                        .build(),
                Item.of(SOCIAL_ORGANISATION_DEREGISTRATION, "社会团体注销登记").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(SOCIAL_REGULATION)
                        .keywords("社团注销")
                        .material(Material.of("certificate", "社会团体法人登记证书").reusable(ORGANISATION_CERTIFICATE))
                        .material(Material.of("resolution", "会员（代表）大会注销决议"))
                        .material(Material.of("liquidation", "清算报告"))
                        .build(),
                Item.of(NON_ENTERPRISE, "民办非企业单位（社会服务机构）成立登记").type(ItemType.LICENSING).party(PartyType.BOTH)
                        .limits(60, 30).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(NON_ENTERPRISE_REGULATION + "第八条；《民办非企业单位名称管理暂行规定》")
                        .description("登记管理机关自收到全部有效文件之日起60日内作出准予登记或者不予登记的决定。")
                        .keywords("民非登记", "社会服务机构", "民办非企业")
                        .material(CommonMaterials.legalRepresentativeId().note("拟任法定代表人身份证明"))
                        .material(Material.of("application", "登记申请书及章程草案"))
                        .material(Material.of("assets-proof", "验资报告（开办资金证明）"))
                        .material(Material.of("premises", "场所使用权证明"))
                        .material(Material.of("supervisor-approval", "业务主管单位审查同意文件").optional().note("非直接登记类别提交"))
                        .field(FormField.of("name", "单位名称", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("category", "类别", FieldType.CHOICE).options(NonEnterprise.CATEGORIES))
                        .field(FormField.of("funds", "开办资金（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(NON_ENTERPRISE_CHANGE, "民办非企业单位变更登记").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(NON_ENTERPRISE_REGULATION)
                        .keywords("民非变更")
                        .material(Material.of("certificate", "民办非企业单位登记证书").reusable(ORGANISATION_CERTIFICATE))
                        .material(Material.of("resolution", "理事会变更决议"))
                        .field(FormField.of("changeItem", "变更事项", FieldType.CHOICE).options("名称", "住所", "法定代表人", "业务范围", "开办资金"))
                        .build(),
                Item.of(NON_ENTERPRISE_DEREGISTRATION, "民办非企业单位注销登记").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(NON_ENTERPRISE_REGULATION)
                        .keywords("民非注销")
                        .material(Material.of("certificate", "民办非企业单位登记证书").reusable(ORGANISATION_CERTIFICATE))
                        .material(Material.of("liquidation", "清算报告"))
                        .build(),
                Item.of(ANNUAL_INSPECTION, "社会团体、民办非企业单位年度检查").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(30, 20).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(SOCIAL_REGULATION + "；" + NON_ENTERPRISE_REGULATION + "；《社会团体年度检查暂行办法》")
                        .keywords("年检", "年度报告")
                        .material(Material.of("certificate", "登记证书").reusable(ORGANISATION_CERTIFICATE))
                        .material(Material.of("annual-report", "年度工作报告书"))
                        .material(Material.of("audit-report", "年度财务审计报告"))
                        .build(),
                Item.of(CHARITY_FUNDRAISING, "慈善组织公开募捐资格审核").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《中华人民共和国慈善法》第二十二条；《慈善组织公开募捐管理办法》")
                        .description("依法登记满一年的慈善组织可以向登记的民政部门申请公开募捐资格，民政部门自受理之日起二十日内作出决定。")
                        .keywords("公募资格", "公开募捐")
                        .material(Material.of("certificate", "登记证书（慈善组织）").reusable(ORGANISATION_CERTIFICATE))
                        .material(Material.of("governance", "内部治理结构及财务管理制度说明"))
                        .material(Material.of("plan", "公开募捐方案"))
                        .field(FormField.of("registrationDate", "登记成立日期", FieldType.DATE))
                        .field(FormField.of("penalisedWithinTwoYears", "申请前二年内受过行政处罚", FieldType.BOOLEAN))
                        .build());
    }
}
