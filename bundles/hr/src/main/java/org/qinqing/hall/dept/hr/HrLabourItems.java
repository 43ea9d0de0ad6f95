package org.qinqing.hall.dept.hr;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
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
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Further items of 南山区人力资源局: labour market licences, labour relations, arbitration and inspection. */
final class HrLabourItems {
    static final String DISPATCH_LICENCE = "hr-labour-dispatch-licence";
    static final String DISPATCH_RENEWAL = "hr-labour-dispatch-renewal";
    static final String SERVICE_LICENCE = "hr-hr-service-licence";
    static final String SERVICE_FILING = "hr-hr-service-filing";
    static final String WORKING_HOURS = "hr-special-working-hours";
    static final String COLLECTIVE_CONTRACT = "hr-collective-contract-review";
    static final String LAYOFF_REPORT = "hr-economic-layoff-report";
    static final String ARBITRATION = "hr-labour-arbitration";
    static final String INSPECTION_COMPLAINT = "hr-labour-inspection-complaint";

    /** Vault kind of the 劳务派遣经营许可证. */
    static final String DISPATCH_KIND = "labour-dispatch-licence";

    private static final String CONTRACT_LAW = "《中华人民共和国劳动合同法》";
    private static final String MARKET_RULES = "《人力资源市场暂行条例》";

    private HrLabourItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(DISPATCH_LICENCE, "劳务派遣经营许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(CONTRACT_LAW + "第五十七条；《劳务派遣行政许可实施办法》")
                        .description("经营劳务派遣业务，注册资本不得少于人民币二百万元；许可证有效期3年。")
                        .keywords("劳务派遣许可证", "派遣公司")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("capital-proof", "注册资本实缴证明（验资报告）"))
                        .material(Material.of("premises", "经营场所使用证明"))
                        .material(Material.of("rules", "劳务派遣管理制度及劳动合同、劳务派遣协议样本"))
                        .field(FormField.of("registeredCapital", "注册资本（万元）", FieldType.DECIMAL))
                        .build(),
                Item.of(DISPATCH_RENEWAL, "劳务派遣经营许可延续").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(CONTRACT_LAW + "第五十七条；《劳务派遣行政许可实施办法》")
                        .description("需要延续许可有效期的，应当在有效期届满60日前提出申请。")
                        .keywords("派遣许可延续")
                        .material(Material.of("licence", "劳务派遣经营许可证").reusable(DISPATCH_KIND))
                        .material(Material.of("operation-report", "许可有效期内经营情况报告"))
                        .field(FormField.of("expiryDate", "原许可证有效期至", FieldType.DATE))
                        .build(),
                Item.of(SERVICE_LICENCE, "人力资源服务许可（职业中介活动）").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(MARKET_RULES + "第十八条；《人力资源服务机构管理规定》")
                        .keywords("职业中介", "人力资源服务许可证", "猎头")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("premises", "经营场所使用证明"))
                        .material(Material.of("staff", "专职工作人员名单及相关证明"))
                        .material(Material.of("rules", "工作规则和管理制度"))
                        .build(),
                Item.of(SERVICE_FILING, "人力资源服务业务备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(MARKET_RULES + "第十九条")
                        .description("开展人力资源供求信息收集发布、就业创业指导、人力资源管理咨询、测评、培训、服务外包等业务，自开展业务之日起15日内备案。")
                        .keywords("人力资源外包备案", "人力资源服务备案")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("scope", "服务项目及服务规范说明"))
                        .field(FormField.of("businessStart", "开展业务日期", FieldType.DATE))
                        .build(),
                Item.of(WORKING_HOURS, "企业实行不定时工作制和综合计算工时工作制审批").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国劳动法》第三十九条、第四十一条；《关于企业实行不定时工作制和综合计算工时工作制的审批办法》（劳部发〔1994〕503号）")
                        .keywords("综合工时", "不定时工作制", "特殊工时")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("positions", "实行特殊工时制度的岗位及人员名单"))
                        .material(Material.of("union-opinion", "工会或职工代表意见"))
                        .field(FormField.of("system", "工时制度", FieldType.CHOICE).options(WorkingHours.FLEXIBLE, WorkingHours.AVERAGED))
                        .field(FormField.of("employees", "涉及职工人数", FieldType.INTEGER))
                        .field(FormField.of("averageWeeklyHours", "综合计算周期内平均每周工作时间（小时）", FieldType.DECIMAL).optional())
                        .field(FormField.of("monthlyOvertime", "平均每月延长工作时间（小时）", FieldType.DECIMAL).optional())
                        .field(FormField.of("years", "申请批复有效期（年）", FieldType.INTEGER))
                        .build(),
                Item.of(COLLECTIVE_CONTRACT, "集体合同审查").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(15, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(CONTRACT_LAW + "第五十四条；《集体合同规定》")
                        .description("集体合同签订后10日内报送；劳动保障行政部门自收到文本之日起15日内未提出异议的，集体合同即行生效。")
                        .keywords("集体合同备案", "工资集体协商")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("contract", "集体合同文本").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("congress-resolution", "职工代表大会或全体职工讨论通过的决议"))
                        .field(FormField.of("signedDate", "双方首席代表签字日期", FieldType.DATE))
                        .field(FormField.of("termYears", "合同期限（年）", FieldType.INTEGER))
                        .build(),
                Item.of(LAYOFF_REPORT, "经济性裁员报告").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(CONTRACT_LAW + "第四十一条")
                        .description("裁减人员二十人以上或者不足二十人但占职工总数百分之十以上的，提前三十日向工会或者全体职工说明情况后，向劳动行政部门报告裁减人员方案。")
                        .keywords("裁员", "经济性裁员")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("plan", "裁减人员方案"))
                        .material(Material.of("union-opinion", "工会或职工意见及采纳情况"))
                        .field(FormField.of("reason", "裁员情形", FieldType.CHOICE).options(LayoffReport.REASONS))
                        .field(FormField.of("totalEmployees", "企业职工总数", FieldType.INTEGER))
                        .field(FormField.of("layoffs", "拟裁减人数", FieldType.INTEGER))
                        .field(FormField.of("noticeDate", "向工会或全体职工说明情况日期", FieldType.DATE))
                        .build(),
                Item.of(ARBITRATION, "劳动人事争议仲裁申请").type(ItemType.RULING).party(PartyType.PERSON)
                        .limits(45, 30).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONLINE, WECHAT, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国劳动争议调解仲裁法》第二十七条、第二十九条、第四十三条")
                        .description("仲裁时效期间为一年；劳动关系存续期间因拖欠劳动报酬发生争议的，不受该时效限制。仲裁庭自受理之日起四十五日内结案。")
                        .keywords("劳动仲裁", "讨薪", "劳动争议")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("application", "仲裁申请书"))
                        .material(Material.of("evidence", "劳动关系及争议事项证据"))
                        .field(FormField.of("disputeType", "争议类型", FieldType.CHOICE).options(LabourArbitration.TYPES))
                        .field(FormField.of("employerCode", "被申请人统一社会信用代码", FieldType.CREDIT_CODE))
                        .field(FormField.of("knewDate", "知道或应当知道权利被侵害之日", FieldType.DATE))
                        .field(FormField.of("employmentEnded", "劳动关系终止日期", FieldType.DATE).optional())
                        .build(),
                Item.of(INSPECTION_COMPLAINT, "劳动保障监察投诉").type(ItemType.OTHER_POWER).party(PartyType.PERSON)
                        .limits(60, 30).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《劳动保障监察条例》第十七条、第二十条；《关于实施〈劳动保障监察条例〉若干规定》")
                        .keywords("劳动监察", "欠薪投诉", "举报用人单位")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("evidence", "违法事实证据材料"))
                        .field(FormField.of("employerCode", "被投诉单位统一社会信用代码", FieldType.CREDIT_CODE))
                        .field(FormField.of("violationEnded", "违法行为终了日期（仍在继续的不填）", FieldType.DATE).optional())
                        .field(FormField.of("inArbitrationOrLitigation", "已申请调解、仲裁或已提起诉讼", FieldType.BOOLEAN))
                        .build());
    }
}
