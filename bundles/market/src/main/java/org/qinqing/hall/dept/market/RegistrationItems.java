package org.qinqing.hall.dept.market;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.INSTANT_APPROVAL;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.VIP;
import static org.qinqing.hall.spi.Flag.WECHAT;
import static org.qinqing.hall.spi.Flag.ZERO_VISIT;

import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** 商事登记: enterprises, branches and individual businesses, annual reports, the abnormal list, equity pledges. */
final class RegistrationItems {
    static final String REGISTRATION_BASIS = "《中华人民共和国市场主体登记管理条例》第十九条";

    private RegistrationItems() {
    }

    private static Material.Builder premises() {
        return Material.of("premises", "住所（经营场所）使用证明").reusable(MarketItems.PREMISES_PROOF)
                .note("房屋产权证明或租赁合同；深圳实行住所申报承诺制的可提交住所信息申报表");
    }

    static List<Item> all() {
        return List.of(
                Item.of(MarketItems.BUSINESS_REGISTRATION, "企业设立登记").type(ItemType.LICENSING).party(PartyType.BOTH)
                        .limits(3, 0).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL, VIP).maxVisits(0)
                        .legalBasis("《中华人民共和国公司法》；《中华人民共和国合伙企业法》；《中华人民共和国个人独资企业法》；"
                                + REGISTRATION_BASIS + "；《企业名称登记管理规定》")
                        .description("有限责任公司、股份有限公司、个人独资企业、合伙企业设立登记。符合规则的申请即时核准（商事登记秒批），核发电子营业执照。")
                        .keywords("开公司", "注册公司", "营业执照", "商事登记", "公司设立")
                        .material(CommonMaterials.legalRepresentativeId().note("法定代表人、执行事务合伙人或投资人的身份证明"))
                        .material(Material.of("articles", "公司章程或合伙协议").form(MaterialForm.ELECTRONIC)
                                .note("个人独资企业免交"))
                        .material(Material.of("investor-ids", "全体股东（发起人、合伙人、投资人）主体资格证明"))
                        .material(premises())
                        .material(CommonMaterials.agentAuthorisation())
                        .field(FormField.of("enterpriseName", "企业名称", FieldType.TEXT).maxLength(50))
                        .field(FormField.of("tradeName", "字号", FieldType.TEXT).maxLength(20))
                        .field(FormField.of("organisationForm", "组织形式", FieldType.CHOICE).options(OrganisationForm.LABELS))
                        .field(FormField.of("registeredCapital", "注册资本（出资额，万元）", FieldType.DECIMAL))
                        .field(FormField.of("investors", "股东（发起人、合伙人）人数", FieldType.INTEGER))
                        .field(FormField.of("contributionDeadline", "认缴出资最后期限", FieldType.DATE).optional())
                        .field(FormField.of("legalRepresentativeId", "法定代表人（执行事务合伙人、投资人）身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("businessScope", "经营范围", FieldType.TEXT).maxLength(1000))
                        .field(FormField.of("address", "住所", FieldType.TEXT).maxLength(200))
                        .build(),
                Item.of(MarketItems.NAME_DECLARATION, "企业名称自主申报").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(1, 0).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《企业名称登记管理规定》（国务院令第734号）；《企业名称登记管理规定实施办法》")
                        .description("通过企业名称申报系统自主查询、比对、申报企业名称，符合规则的即时保留。")
                        .keywords("核名", "名称预先核准", "起名")
                        .field(FormField.of("enterpriseName", "拟申报企业名称", FieldType.TEXT).maxLength(50))
                        .field(FormField.of("tradeName", "字号", FieldType.TEXT).maxLength(20))
                        .field(FormField.of("organisationForm", "组织形式", FieldType.CHOICE).options(OrganisationForm.LABELS))
                        .build(),
                Item.of(MarketItems.CHANGE_REGISTRATION, "企业变更登记").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(3, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国公司法》第二百二十四条；《中华人民共和国市场主体登记管理条例》第二十四条、第二十七条")
                        .description("名称、住所、法定代表人、注册资本、经营范围、股东等登记事项变更。应当自作出变更决议之日起30日内申请。")
                        .keywords("公司变更", "换法人", "变更地址", "减资", "增资")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("resolution", "变更决议或决定").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("new-legal-rep-id", "新任法定代表人身份证明").optional().note("变更法定代表人时提交"))
                        .material(premises().optional().note("变更住所时提交"))
                        .material(Material.of("reduction-notice", "减资公告及债务清偿或担保情况说明").optional().note("减少注册资本时提交"))
                        .field(FormField.of("changeType", "变更事项", FieldType.CHOICE).options(ChangeRegistration.TYPES))
                        .field(FormField.of("resolutionDate", "变更决议（决定）作出日期", FieldType.DATE))
                        .field(FormField.of("newValue", "变更后内容", FieldType.TEXT).maxLength(500))
                        .field(FormField.of("noticeDate", "减资公告日期", FieldType.DATE).optional())
                        .build(),
                Item.of(MarketItems.DEREGISTRATION, "企业注销登记").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(3, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国公司法》第二百三十五条；《中华人民共和国市场主体登记管理条例》第三十一条至第三十四条")
                        .description("普通注销：清算组公告期满后凭清算报告申请；简易注销：无债权债务，经20日公示无异议后申请。")
                        .keywords("注销公司", "简易注销", "公司注销")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("tax-clearance", "清税证明").reusable(MarketItems.TAX_CLEARANCE)
                                .note("由税务部门出具后自动调用"))
                        .material(Material.of("liquidation-report", "清算报告").optional().note("普通注销提交"))
                        .material(Material.of("commitment", "全体投资人承诺书").optional().note("简易注销提交"))
                        .field(FormField.of("procedure", "注销程序", FieldType.CHOICE).options(Deregistration.SIMPLE, Deregistration.ORDINARY))
                        .field(FormField.of("noticeDate", "公示（公告）开始日期", FieldType.DATE))
                        .field(FormField.of("outstandingDebts", "是否存在未清偿债务", FieldType.BOOLEAN))
                        .build(),
                Item.of(MarketItems.BRANCH_REGISTRATION, "分公司设立登记").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(3, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis("《中华人民共和国公司法》第十三条；" + REGISTRATION_BASIS)
                        .keywords("分支机构", "分公司")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("branch-head-id", "分公司负责人身份证明"))
                        .material(premises())
                        .field(FormField.of("branchName", "分公司名称", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("address", "营业场所", FieldType.TEXT).maxLength(200))
                        .build(),
                Item.of(MarketItems.INDIVIDUAL_REGISTRATION, "个体工商户设立登记").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(3, 0).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《促进个体工商户发展条例》；" + REGISTRATION_BASIS)
                        .description("经营者年满18周岁，或年满16周岁且以自己的劳动收入为主要生活来源。符合条件的即时核准。")
                        .keywords("个体户", "办执照", "个体营业执照")
                        .material(CommonMaterials.idCard())
                        .material(premises())
                        .material(Material.of("income-proof", "以自己劳动收入为主要生活来源的证明").optional()
                                .note("经营者未满18周岁时提交"))
                        .field(FormField.of("businessName", "个体工商户名称", FieldType.TEXT).maxLength(50).optional())
                        .field(FormField.of("operationForm", "组成形式", FieldType.CHOICE).options("个人经营", "家庭经营"))
                        .field(FormField.of("businessScope", "经营范围", FieldType.TEXT).maxLength(500))
                        .field(FormField.of("address", "经营场所", FieldType.TEXT).maxLength(200))
                        .build(),
                Item.of(MarketItems.INDIVIDUAL_CHANGE, "个体工商户变更登记").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(3, 2).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《促进个体工商户发展条例》；《中华人民共和国市场主体登记管理条例》第二十四条")
                        .keywords("个体户变更", "变更经营者")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.businessLicence())
                        .field(FormField.of("changeType", "变更事项", FieldType.CHOICE).options("名称", "经营者", "经营场所", "经营范围", "组成形式"))
                        .field(FormField.of("newValue", "变更后内容", FieldType.TEXT).maxLength(500))
                        .build(),
                Item.of(MarketItems.INDIVIDUAL_DEREGISTRATION, "个体工商户注销登记").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(3, 2).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《促进个体工商户发展条例》；《中华人民共和国市场主体登记管理条例》第三十一条")
                        .keywords("个体户注销")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.businessLicence())
                        .build(),
                Item.of(MarketItems.LICENCE_REISSUE, "营业执照遗失补领、换发").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(3, 2).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国市场主体登记管理条例》；《中华人民共和国市场主体登记管理条例实施细则》")
                        .keywords("执照补办", "执照遗失", "换照")
                        .material(Material.of("loss-statement", "营业执照遗失、损坏声明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("reason", "补领（换发）原因", FieldType.CHOICE).options("遗失", "损坏", "登记事项变更换发"))
                        .build(),
                Item.of(MarketItems.ANNUAL_REPORT, "企业年度报告公示").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《企业信息公示暂行条例》第八条、第九条")
                        .description("每年1月1日至6月30日报送上一年度年度报告并向社会公示。")
                        .keywords("年报", "工商年检", "年度报告")
                        .field(FormField.of("reportYear", "报告年度", FieldType.INTEGER))
                        .field(FormField.of("employees", "从业人数", FieldType.INTEGER))
                        .field(FormField.of("insuredEmployees", "参加城镇职工基本养老保险人数", FieldType.INTEGER))
                        .field(FormField.of("revenue", "营业总收入（万元）", FieldType.DECIMAL))
                        .build(),
                Item.of(MarketItems.ABNORMAL_LIST_REMOVAL, "申请移出经营异常名录").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《企业信息公示暂行条例》第十七条；《企业经营异常名录管理暂行办法》")
                        .keywords("异常名录", "移出异常", "信用修复")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("annual-report", "补报的年度报告公示回执").optional().reusable(MarketItems.ANNUAL_REPORT_RECEIPT)
                                .note("因未按期报送年度报告被列入的提交"))
                        .material(premises().optional().note("因住所无法联系被列入的，提交可联系的住所证明"))
                        .field(FormField.of("listingReason", "列入原因", FieldType.CHOICE).options(AbnormalListRemoval.REASONS))
                        .field(FormField.of("listedDate", "列入日期", FieldType.DATE))
                        .build(),
                Item.of(MarketItems.EQUITY_PLEDGE, "股权出质设立登记").type(ItemType.CONFIRMATION).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《中华人民共和国民法典》第四百四十三条；《股权出质登记办法》")
                        .keywords("股权质押", "出质登记")
                        .material(Material.of("pledge-contract", "质押合同").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("pledgor-id", "出质人、质权人主体资格证明"))
                        .field(FormField.of("pledgedCompanyCode", "出质股权所在公司统一社会信用代码", FieldType.CREDIT_CODE))
                        .field(FormField.of("pledgedAmount", "出质股权数额（万元）", FieldType.DECIMAL))
                        .build());
    }
}
