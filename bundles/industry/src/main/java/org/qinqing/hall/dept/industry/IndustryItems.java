package org.qinqing.hall.dept.industry;

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

/** The bureau's ten items outside the industry-support fund. */
final class IndustryItems {
    static final String TECH_RENOVATION = "industry-tech-renovation-filing";
    static final String APPEAL = "industry-enterprise-appeal";
    static final String SPACE_LEASE = "industry-innovative-space-lease";
    static final String SPECIALISED = "industry-specialised-sme-recommendation";
    static final String NURSERY = "industry-scale-up-nursery";
    static final String KEY_ENTERPRISE = "industry-key-enterprise-service";
    static final String BASE_STATION = "industry-base-station-siting";
    static final String TECH_CENTER = "industry-tech-center-recommendation";
    static final String SME_PLATFORM = "industry-sme-platform-recommendation";
    static final String FINANCING_MATCH = "industry-sme-financing-matching";

    /** Vault kind of the technical renovation filing certificate, reused by the renovation subsidy. */
    static final String TECH_RENOVATION_FILING = "tech-renovation-filing";

    private static final String SME_LAW = "《中华人民共和国中小企业促进法》";
    private static final String BUSINESS_ENVIRONMENT = "《优化营商环境条例》（国务院令第722号）；《深圳经济特区优化营商环境条例》";

    private IndustryItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(TECH_RENOVATION, "工业企业技术改造投资项目备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(2, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《企业投资项目核准和备案管理条例》（国务院令第673号）第十三条；《企业投资项目核准和备案管理办法》（国家发展和改革委员会令第2号）")
                        .description("在南山区实施、不新增建设用地的工业企业技术改造项目，在开工建设前通过在线平台备案。")
                        .keywords("技改备案", "技术改造", "备案证")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("policy-statement", "项目符合产业政策的声明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("projectName", "项目名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("projectAddress", "建设地点", FieldType.TEXT).maxLength(120))
                        .field(FormField.of("totalInvestment", "项目总投资（万元）", FieldType.DECIMAL))
                        .field(FormField.of("equipmentInvestment", "其中设备投资（万元）", FieldType.DECIMAL))
                        .field(FormField.of("plannedStart", "计划开工日期", FieldType.DATE))
                        .field(FormField.of("newLand", "是否新增建设用地", FieldType.BOOLEAN))
                        .field(FormField.of("content", "建设规模及内容", FieldType.TEXT).maxLength(500))
                        .build(),
                Item.of(APPEAL, "企业服务诉求受理").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(15, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(BUSINESS_ENVIRONMENT)
                        .description("企业在经营中遇到的政策咨询、政策兑现、用地用房、融资、人才等诉求，由区工业和信息化局受理并协调办理。")
                        .keywords("企业诉求", "企业服务", "亲清服务")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("appeal-evidence", "诉求相关证明材料").optional())
                        .field(FormField.of("category", "诉求类别", FieldType.CHOICE)
                                .options("政策咨询", "政策兑现", "用地用房", "融资", "人才", "其他"))
                        .field(FormField.of("description", "诉求内容", FieldType.TEXT).maxLength(1000))
                        .build(),
                Item.of(SPACE_LEASE, "创新型产业用房租赁申请").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《深圳市创新型产业用房管理办法》")
                        .description("在南山区注册的企业申请租赁政府主导建设的创新型产业用房；资格确认后到现场签订租赁合同。")
                        .keywords("产业用房", "人才用房", "园区入驻")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("audit-report", "上年度财务审计报告").reusable("annual-audit-report"))
                        .material(Material.of("social-insurance-roster", "在职员工社会保险参保缴费名册").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("high-tech-certificate", "国家高新技术企业证书")
                                .reusable(TechAndManufacturingFund.HIGH_TECH_CERTIFICATE).optional().note("国家高新技术企业提交"))
                        .field(FormField.of("annualRevenue", "上年度营业收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("staff", "在职员工总数（人）", FieldType.INTEGER))
                        .field(FormField.of("requestedArea", "申请租赁面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("highTech", "是否国家高新技术企业", FieldType.BOOLEAN))
                        .field(FormField.of("ownsPremises", "是否在南山区拥有自有产业用房", FieldType.BOOLEAN))
                        .build(),
                Item.of(SPECIALISED, "专精特新中小企业认定推荐").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(SME_LAW + "；《优质中小企业梯度培育管理暂行办法》（工业和信息化部）")
                        .description("区工业和信息化局对申报专精特新中小企业的南山区企业进行初审、现场核查并向市主管部门推荐。")
                        .keywords("专精特新", "小巨人", "优质中小企业")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("audit-report", "上年度财务审计报告").reusable("annual-audit-report"))
                        .material(Material.of("ip-certificates", "主导产品相关知识产权证书"))
                        .field(FormField.of("establishedDate", "成立日期", FieldType.DATE))
                        .field(FormField.of("staff", "从业人员（人）", FieldType.INTEGER))
                        .field(FormField.of("annualRevenue", "上年度营业收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("rdExpense", "上年度研发费用（万元）", FieldType.DECIMAL))
                        .build(),
                Item.of(NURSERY, "规模以下工业企业“小升规”培育库入库").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(SME_LAW + "；《深圳市南山区经济发展专项资金管理办法》")
                        .description("主营业务收入接近2000万元、本年度有望达到规模以上标准的南山区工业企业申请进入培育库，享受跟踪服务。")
                        .keywords("小升规", "纳统", "培育库")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("tax-returns", "上年度增值税纳税申报表").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("annualRevenue", "上年度主营业务收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("expectedRevenue", "本年度预计主营业务收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("aboveScale", "是否已纳入规模以上工业统计", FieldType.BOOLEAN))
                        .build(),
                Item.of(KEY_ENTERPRISE, "重点企业挂点服务登记").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(10, 5).flags(ONLINE, FULLY_ONLINE, WECHAT, VIP).maxVisits(1)
                        .legalBasis(BUSINESS_ENVIRONMENT)
                        .description("营业收入5亿元以上或在南山区年纳税5000万元以上的重点企业登记后，由区领导和服务专员挂点联系服务。")
                        .keywords("挂点服务", "重点企业", "服务专员")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("tax-certificate", "上年度纳税证明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("annualRevenue", "上年度营业收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("localTax", "上年度在南山区纳税总额（万元）", FieldType.DECIMAL))
                        .field(FormField.of("contactPhone", "联络人电话", FieldType.PHONE))
                        .build(),
                Item.of(BASE_STATION, "5G通信基站建设站址协调").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国电信条例》；《广东省信息化促进条例》")
                        .description("基础电信运营企业和铁塔公司在南山区建设基站遇到站址进场困难的，申请协调公共建筑、公共设施开放站址资源。")
                        .keywords("5G基站", "站址", "铁塔")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("telecom-licence", "基础电信业务经营许可证或铁塔公司授权文件"))
                        .material(Material.of("site-plan", "站址规划及点位图"))
                        .field(FormField.of("siteAddress", "站址地点", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("siteCount", "站址数量", FieldType.INTEGER))
                        .build(),
                Item.of(TECH_CENTER, "企业技术中心认定推荐").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国科学技术进步法》；《国家企业技术中心认定管理办法》")
                        .description("区工业和信息化局对申报市级及以上企业技术中心的南山区企业进行初审和现场核查并推荐。")
                        .keywords("技术中心", "研发中心")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("tech-center-report", "企业技术中心评价材料及研发投入专项审计报告"))
                        .build(),
                Item.of(SME_PLATFORM, "中小企业公共服务示范平台认定推荐").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(SME_LAW + "；《国家中小企业公共服务示范平台认定管理办法》")
                        .description("为中小企业提供信息、技术、创业、培训、融资等服务的机构申报公共服务示范平台，由区初审推荐。")
                        .keywords("服务平台", "示范平台")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("service-report", "近两年服务中小企业情况报告"))
                        .build(),
                Item.of(FINANCING_MATCH, "中小企业融资需求登记（政银企对接）").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(10, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(SME_LAW + "；" + BUSINESS_ENVIRONMENT)
                        .description("中小企业登记融资需求，由区工业和信息化局推送合作银行、担保机构并组织对接面谈。")
                        .keywords("融资对接", "银企对接", "贷款")
                        .material(CommonMaterials.businessLicence())
                        .field(FormField.of("amount", "融资需求金额（万元）", FieldType.DECIMAL))
                        .field(FormField.of("purpose", "资金用途", FieldType.TEXT).maxLength(300))
                        .build());
    }
}
