package org.qinqing.hall.dept.sci;

import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.INSTANT_APPROVAL;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
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

/** Enterprise items: technology-SME and high-tech status, technology contracts, project acceptance. */
final class SciEnterpriseItems {
    static final String TECH_SME = "sci-tech-sme-evaluation";
    static final String HIGH_TECH = "sci-high-tech-enterprise-recognition";
    static final String NURSERY = "sci-high-tech-nursery";
    static final String CONTRACT = "sci-technology-contract-registration";
    static final String ADVANCED_SERVICE = "sci-advanced-service-enterprise";
    static final String HIGH_TECH_CHANGE = "sci-high-tech-enterprise-change";
    static final String ACCEPTANCE = "sci-project-acceptance";

    /** Vault kind of the national high-tech enterprise certificate (shared with the industry fund). */
    static final String HIGH_TECH_CERTIFICATE = "high-tech-enterprise-certificate";
    /** Vault kind of the 科技型中小企业 registration, reused by the industry fund's first-registration reward. */
    static final String TECH_SME_REGISTRATION = "tech-sme-registration";

    private static final String HTE_MEASURES = "《高新技术企业认定管理办法》（科学技术部、财政部、国家税务总局）";
    private static final String INNOVATION = "《中华人民共和国科学技术进步法》；《深圳经济特区科技创新条例》";

    private SciEnterpriseItems() {
    }

    private static Material.Builder highTechCertificate() {
        return Material.of("high-tech-certificate", "国家高新技术企业证书").reusable(HIGH_TECH_CERTIFICATE);
    }

    private static Material.Builder financials() {
        return Material.of("financials", "上年度财务会计报表").form(MaterialForm.ELECTRONIC).reusable("annual-financial-statements");
    }

    static List<Item> all() {
        return List.of(
                Item.of(TECH_SME, "科技型中小企业评价入库").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(10, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(INNOVATION + "；《科技型中小企业评价办法》（科学技术部、财政部、国家税务总局）")
                        .description("职工不超过500人、年销售收入和资产总额均不超过2亿元的科技型中小企业自主评价，综合得分60分以上"
                                + "且科技人员指标不为0分（或持有效高新技术企业证书）的即时入库并取得登记编号。")
                        .keywords("科小", "科技型中小企业", "入库登记编号", "研发费用加计扣除")
                        .material(CommonMaterials.businessLicence())
                        .material(financials())
                        .material(highTechCertificate().optional().note("持有效期内高新技术企业证书的提交"))
                        .field(FormField.of("staff", "职工总数（人）", FieldType.INTEGER))
                        .field(FormField.of("techStaff", "科技人员数（人）", FieldType.INTEGER))
                        .field(FormField.of("revenue", "上年度销售收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("assets", "上年末资产总额（万元）", FieldType.DECIMAL))
                        .field(FormField.of("rdExpense", "上年度研发费用（万元）", FieldType.DECIMAL))
                        .field(FormField.of("ipClassOne", "有效Ⅰ类知识产权（发明专利等，件）", FieldType.INTEGER))
                        .field(FormField.of("ipClassTwo", "有效Ⅱ类知识产权（实用新型、软件著作权等，件）", FieldType.INTEGER))
                        .field(FormField.of("highTech", "是否为有效期内的高新技术企业", FieldType.BOOLEAN))
                        .field(FormField.of("seriousIncident", "上年及当年是否发生重大安全、质量事故或严重环境违法、科研严重失信行为", FieldType.BOOLEAN))
                        .build(),
                Item.of(HIGH_TECH, "高新技术企业认定申报（区级受理审核）").type(ItemType.CONFIRMATION).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《中华人民共和国企业所得税法》第二十八条；" + HTE_MEASURES + "第十一条")
                        .description("在南山区注册的企业申报国家高新技术企业，区科技创新局对照认定条件审核后报省认定机构。")
                        .keywords("高企认定", "高新技术企业", "15%税率")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("rd-audit", "近三个会计年度研发费用专项审计报告"))
                        .material(Material.of("hitech-income-audit", "近一年高新技术产品（服务）收入专项审计报告"))
                        .material(Material.of("ip-certificates", "核心自主知识产权证书"))
                        .field(FormField.of("establishedDate", "注册成立日期", FieldType.DATE))
                        .field(FormField.of("staff", "当年职工总数（人）", FieldType.INTEGER))
                        .field(FormField.of("techStaff", "科技人员数（人）", FieldType.INTEGER))
                        .field(FormField.of("revenueLastYear", "近一年销售收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("revenue3y", "近三个会计年度销售收入合计（万元）", FieldType.DECIMAL))
                        .field(FormField.of("rd3y", "近三个会计年度研发费用合计（万元）", FieldType.DECIMAL))
                        .field(FormField.of("domesticRd3y", "其中在中国境内发生的研发费用（万元）", FieldType.DECIMAL))
                        .field(FormField.of("hiTechIncome", "近一年高新技术产品（服务）收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("totalIncome", "近一年企业总收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("coreIp", "核心自主知识产权数量（件）", FieldType.INTEGER))
                        .field(FormField.of("innovationScore", "企业创新能力评价自评分", FieldType.INTEGER))
                        .field(FormField.of("seriousIncident", "申请前一年内是否发生重大安全、重大质量事故或严重环境违法行为", FieldType.BOOLEAN))
                        .build(),
                Item.of(NURSERY, "高新技术企业培育库入库").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(INNOVATION + "；" + HTE_MEASURES)
                        .description("尚未认定为高新技术企业、具有一定研发能力的南山区科技企业进入培育库，接受辅导并申报认定。")
                        .keywords("高企培育", "培育库")
                        .material(CommonMaterials.businessLicence())
                        .material(financials())
                        .field(FormField.of("staff", "职工总数（人）", FieldType.INTEGER))
                        .field(FormField.of("techStaff", "科技人员数（人）", FieldType.INTEGER))
                        .field(FormField.of("revenue", "上年度销售收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("rdExpense", "上年度研发费用（万元）", FieldType.DECIMAL))
                        .field(FormField.of("ipCount", "有效知识产权数量（件）", FieldType.INTEGER))
                        .field(FormField.of("highTech", "是否已是有效期内的高新技术企业", FieldType.BOOLEAN))
                        .build(),
                Item.of(CONTRACT, "技术合同认定登记").type(ItemType.CONFIRMATION).party(PartyType.ENTERPRISE)
                        .limits(10, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《中华人民共和国促进科技成果转化法》；《技术合同认定登记管理办法》（科学技术部、财政部、国家税务总局）")
                        .description("技术开发、转让、许可、咨询、服务合同由卖方（研究开发方、转让方、许可方、受托方）在合同成立后申请认定登记，"
                                + "登记后享受相关税收优惠。")
                        .keywords("技术合同登记", "技术交易", "技术转让免税")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("contract", "技术合同文本").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("contractType", "合同类型", FieldType.CHOICE).options("技术开发", "技术转让", "技术许可", "技术咨询", "技术服务"))
                        .field(FormField.of("role", "申请人在合同中的身份", FieldType.CHOICE).options(TechContractRegistration.ROLES))
                        .field(FormField.of("counterparty", "合同相对方名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("signedDate", "合同签订日期", FieldType.DATE))
                        .field(FormField.of("endDate", "合同履行期限截止日期", FieldType.DATE))
                        .field(FormField.of("contractAmount", "合同总金额（万元）", FieldType.DECIMAL))
                        .field(FormField.of("technicalAmount", "技术交易额（万元）", FieldType.DECIMAL))
                        .build(),
                Item.of(ADVANCED_SERVICE, "技术先进型服务企业认定（区级初审）").type(ItemType.CONFIRMATION).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《中华人民共和国企业所得税法》；《关于将技术先进型服务企业所得税政策推广至全国实施的通知》（财政部、国家税务总局、商务部、科学技术部、国家发展改革委）")
                        .description("从事技术先进型服务业务、以离岸服务外包为主的南山区企业申请认定，区级初审后报市认定管理机构。")
                        .keywords("技术先进型服务企业", "服务外包", "技先")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("income-audit", "上年度技术先进型服务业务收入和离岸服务外包收入专项审计报告"))
                        .material(Material.of("staff-education", "职工学历情况表"))
                        .field(FormField.of("staff", "职工总数（人）", FieldType.INTEGER))
                        .field(FormField.of("collegeStaff", "大专以上学历员工（人）", FieldType.INTEGER))
                        .field(FormField.of("totalIncome", "上年度总收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("advancedIncome", "技术先进型服务业务收入（万元）", FieldType.DECIMAL))
                        .field(FormField.of("offshoreIncome", "离岸服务外包业务收入（万元）", FieldType.DECIMAL))
                        .build(),
                Item.of(HIGH_TECH_CHANGE, "高新技术企业更名及重大变化报告").type(ItemType.CONFIRMATION).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(HTE_MEASURES + "第十七条")
                        .description("高新技术企业发生更名或分立、合并、重组、经营业务变化等与认定条件有关的重大变化，应在三个月内报告。")
                        .keywords("高企更名", "高企变更")
                        .material(highTechCertificate())
                        .material(Material.of("change-notice", "变更登记通知书或重大变化说明"))
                        .field(FormField.of("changeType", "变化类型", FieldType.CHOICE).options("更名", "分立", "合并", "重组", "经营业务变化"))
                        .field(FormField.of("changeDate", "变化发生日期", FieldType.DATE))
                        .field(FormField.of("newName", "变更后企业名称", FieldType.TEXT).maxLength(100).optional())
                        .field(FormField.of("staff", "变化后职工总数（人）", FieldType.INTEGER))
                        .field(FormField.of("techStaff", "变化后科技人员数（人）", FieldType.INTEGER))
                        .build(),
                Item.of(ACCEPTANCE, "区科技计划项目结题验收").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(INNOVATION)
                        .description("区科技计划项目到期后6个月内申请结题验收；区财政资助100万元以上的须提交专项审计报告，专家组现场验收一次。")
                        .keywords("项目验收", "结题")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("summary", "项目工作总结和技术总结报告"))
                        .material(Material.of("audit", "项目资金专项审计报告").optional().note("区财政资助100万元以上的提交"))
                        .field(FormField.of("projectNumber", "项目编号", FieldType.TEXT).maxLength(40))
                        .field(FormField.of("endDate", "项目计划完成日期", FieldType.DATE))
                        .field(FormField.of("funding", "区财政资助金额（万元）", FieldType.DECIMAL))
                        .field(FormField.of("budget", "项目总预算（万元）", FieldType.DECIMAL))
                        .field(FormField.of("spent", "项目实际支出（万元）", FieldType.DECIMAL))
                        .build());
    }
}
