package org.qinqing.hall.dept.ecology;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
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
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Pollutant discharge permits and registration, hazardous waste, radiation, environmental emergency plans. */
final class PermitItems {

    private PermitItems() {
    }

    private static Material.Builder permit() {
        return Material.of("discharge-permit", "排污许可证").reusable(EcologyItems.DISCHARGE_PERMIT_KIND);
    }

    static List<Item> all() {
        return List.of(
                Item.of(EcologyItems.DISCHARGE_PERMIT, "排污许可证核发").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(EcologyItems.PERMIT_REGULATION + "第八条、第十一条、第十四条")
                        .description("实行简化管理的，审批部门自受理之日起20日内作出决定（重点管理30日）。须依法取得环评批复或办理登记表备案，污染物排放符合标准和总量控制要求。"
                                + "排污许可证有效期5年。")
                        .keywords("排污证", "排污许可", "排放许可")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("eia-approval", "环境影响评价文件批复或登记表备案回执").reusable(EcologyItems.EIA_APPROVAL_KIND))
                        .material(Material.of("application-form", "排污许可证申请表").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("monitoring-plan", "自行监测方案").optional().note("实行重点管理的提交"))
                        .field(FormField.of("management", "管理类别", FieldType.CHOICE).options(DischargePermit.KEY, DischargePermit.SIMPLIFIED))
                        .field(FormField.of("outlets", "排放口数量", FieldType.INTEGER))
                        .field(FormField.of("pollutants", "主要污染物种类", FieldType.TEXT).maxLength(300))
                        .field(FormField.of("meetsStandards", "污染物排放是否符合排放标准", FieldType.BOOLEAN))
                        .field(FormField.of("annualEmission", "申请年许可排放量（吨）", FieldType.DECIMAL))
                        .field(FormField.of("totalQuota", "重点污染物排放总量控制指标（吨）", FieldType.DECIMAL))
                        .build(),
                Item.of(EcologyItems.DISCHARGE_CHANGE, "排污许可证变更").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(10, 6).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(EcologyItems.PERMIT_REGULATION + "第十五条")
                        .description("排污单位名称、住所、法定代表人等基本信息自变更之日起30日内申请变更；许可事项变更的，在变更前申请。")
                        .keywords("排污证变更")
                        .material(permit())
                        .material(Material.of("change-proof", "变更事项证明材料"))
                        .field(FormField.of("changeType", "变更事项", FieldType.CHOICE).options("单位名称", "住所", "法定代表人或主要负责人", "许可事项"))
                        .build(),
                Item.of(EcologyItems.DISCHARGE_RENEWAL, "排污许可证延续").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 12).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(EcologyItems.PERMIT_REGULATION + "第十四条")
                        .description("排污许可证有效期届满，需要继续排放污染物的，应当于有效期届满60日前申请延续。")
                        .keywords("排污证延续", "排污证到期")
                        .material(permit())
                        .material(Material.of("implementation-report", "排污许可证执行报告").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("expiryDate", "原排污许可证有效期截止日期", FieldType.DATE))
                        .build(),
                Item.of(EcologyItems.DISCHARGE_REGISTRATION, "固定污染源排污登记").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(EcologyItems.PERMIT_REGULATION + "第二十四条；《固定污染源排污许可分类管理名录》")
                        .description("污染物产生量、排放量和对环境的影响程度都很小，名录规定实行登记管理的，填报排污登记表，不需要申请排污许可证。")
                        .keywords("排污登记", "登记回执")
                        .field(FormField.of("category", "名录管理类别", FieldType.CHOICE).options(DischargeRegistration.REGISTRATION, DischargePermit.SIMPLIFIED, DischargePermit.KEY))
                        .field(FormField.of("industry", "行业类别", FieldType.TEXT).maxLength(60))
                        .build(),
                Item.of(EcologyItems.HAZWASTE_PLAN, "危险废物管理计划备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国固体废物污染环境防治法》第七十八条；《国家危险废物名录》")
                        .description("产生危险废物的单位制定危险废物管理计划并报所在地生态环境主管部门备案，废物代码按《国家危险废物名录》填写。")
                        .keywords("危废备案", "危废管理计划", "危险废物")
                        .material(Material.of("plan", "危险废物管理计划").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("wasteCodes", "危险废物代码（多个以逗号分隔，如HW08 900-249-08）", FieldType.TEXT).maxLength(500))
                        .field(FormField.of("annualQuantity", "预计年产生量（吨）", FieldType.DECIMAL))
                        .build(),
                Item.of(EcologyItems.RADIATION_LICENCE, "辐射安全许可证核发（使用Ⅲ类射线装置）").type(ItemType.LICENSING)
                        .party(PartyType.ENTERPRISE).limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国放射性污染防治法》第二十八条；《放射性同位素与射线装置安全和防护条例》第七条、第十一条、第十四条")
                        .description("口腔科、医学影像等使用Ⅲ类射线装置的单位申领。从事辐射工作的人员须经辐射安全与防护培训考核合格并接受个人剂量监测。许可证有效期5年。")
                        .keywords("辐射许可", "射线装置", "牙科X光")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("eia-approval", "环境影响评价文件批复或登记表备案回执").reusable(EcologyItems.EIA_APPROVAL_KIND))
                        .material(Material.of("protection-rules", "辐射安全和防护管理制度、应急预案"))
                        .material(Material.of("training-certificates", "辐射工作人员培训考核合格证明"))
                        .field(FormField.of("devices", "射线装置台数", FieldType.INTEGER))
                        .field(FormField.of("workers", "辐射工作人员人数", FieldType.INTEGER))
                        .field(FormField.of("trainedWorkers", "培训考核合格人数", FieldType.INTEGER))
                        .field(FormField.of("doseMonitoring", "是否开展个人剂量监测", FieldType.BOOLEAN))
                        .build(),
                Item.of(EcologyItems.EMERGENCY_PLAN, "企业事业单位突发环境事件应急预案备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国环境保护法》第四十七条；《突发环境事件应急管理办法》")
                        .keywords("环境应急预案", "突发环境事件")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("plan", "突发环境事件应急预案及编制说明").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("risk-assessment", "环境风险评估报告"))
                        .material(Material.of("resources", "环境应急资源调查报告"))
                        .build(),
                Item.of(EcologyItems.HAZWASTE_COLLECTION, "危险废物收集经营许可证核发").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国固体废物污染环境防治法》第八十条；《危险废物经营许可证管理办法》")
                        .keywords("危废收集", "危险废物经营许可证")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("facilities", "贮存设施、运输工具和包装工具证明"))
                        .material(Material.of("staff-certificates", "技术人员资格证明"))
                        .material(Material.of("emergency-plan", "事故应急救援措施"))
                        .build());
    }
}
