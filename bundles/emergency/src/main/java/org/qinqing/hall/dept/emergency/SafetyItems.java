package org.qinqing.hall.dept.emergency;

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
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Fire safety of public gathering places, emergency plans, safety qualifications, rewards and relief. */
final class SafetyItems {

    private SafetyItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(EmergencyItems.FIRE_SAFETY_CHECK, "公众聚集场所投入使用、营业前消防安全检查").type(ItemType.LICENSING)
                        .party(PartyType.ENTERPRISE).limits(10, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国消防法》第十五条；《建筑设计防火规范》（GB 50016）第5.4.9条")
                        .description("实行告知承诺管理：申请人作出承诺的，材料齐全即予许可，事后核查；不采用告知承诺的，自受理之日起10个工作日内检查。"
                                + "容纳人数不得超过消防设计核定的疏散人数。")
                        .keywords("消防安全检查", "开业消防检查", "消防许可", "餐厅消防")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("fire-acceptance", "建设工程消防验收意见书或消防验收备案凭证"))
                        .material(Material.of("floor-plan", "场所平面布置图和消防设施平面图").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("fire-rules", "消防安全制度、灭火和应急疏散预案"))
                        .material(Material.of("commitment", "消防安全告知承诺书").optional().note("选择告知承诺方式办理的提交"))
                        .field(FormField.of("mode", "办理方式", FieldType.CHOICE).options(FireSafetyCheck.COMMITMENT, FireSafetyCheck.INSPECTION))
                        .field(FormField.of("category", "场所类别", FieldType.CHOICE).options(FireSafetyCheck.CATEGORIES))
                        .field(FormField.of("address", "场所地址", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("area", "场所建筑面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("floor", "所在楼层（地下为负数）", FieldType.INTEGER))
                        .field(FormField.of("maxRoomArea", "单个厅、室最大建筑面积（平方米）", FieldType.DECIMAL).optional())
                        .field(FormField.of("occupancy", "申报最大容纳人数", FieldType.INTEGER))
                        .field(FormField.of("designOccupancy", "消防设计核定疏散人数", FieldType.INTEGER))
                        .build(),
                Item.of(EmergencyItems.ACCIDENT_PLAN_FILING, "生产经营单位生产安全事故应急预案备案").type(ItemType.FILING)
                        .party(PartyType.ENTERPRISE).limits(5, 0).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(EmergencyItems.SAFETY_LAW + "第八十一条；《生产安全事故应急预案管理办法》")
                        .description("应急预案公布之日起20个工作日内备案。危险物品经营（带储存）、建筑施工、金属冶炼等单位的预案须经评审或论证，并每三年至少评估一次。")
                        .keywords("应急预案备案", "安全生产应急预案")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("plan", "生产安全事故应急预案（综合、专项、现场处置方案）").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("review-opinion", "应急预案评审或论证意见").optional().note("须评审的单位提交"))
                        .field(FormField.of("industry", "单位类别", FieldType.CHOICE).options(AccidentPlanFiling.INDUSTRIES))
                        .field(FormField.of("publishedOn", "应急预案公布日期", FieldType.DATE))
                        .build(),
                Item.of(EmergencyItems.PRINCIPAL_ASSESSMENT, "主要负责人和安全生产管理人员安全生产知识和管理能力考核").type(ItemType.CONFIRMATION)
                        .party(PartyType.PERSON).limits(20, 12).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(EmergencyItems.SAFETY_LAW + "第二十七条；《生产经营单位安全培训规定》")
                        .description("危险化学品、烟花爆竹、金属冶炼等单位的主要负责人和安全生产管理人员，初次安全培训不少于48学时，考试合格后取得合格证明，有效期3年。")
                        .keywords("安全管理人员证", "主要负责人证", "安全员证")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("training-record", "安全培训记录").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("role", "人员类别", FieldType.CHOICE).options("主要负责人", "安全生产管理人员"))
                        .field(FormField.of("industry", "行业类别", FieldType.CHOICE).options("危险化学品经营单位", "烟花爆竹经营单位", "金属冶炼单位"))
                        .field(FormField.of("trainingHours", "初次安全培训学时", FieldType.INTEGER))
                        .field(FormField.of("examScore", "考试成绩", FieldType.INTEGER))
                        .build(),
                Item.of(EmergencyItems.SPECIAL_OPERATIONS, "特种作业操作证核发").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(EmergencyItems.SAFETY_LAW + "第三十条；《特种作业人员安全技术培训考核管理规定》")
                        .description("年满18周岁且不超过法定退休年龄，体检合格，具有初中及以上文化程度，经考核合格。操作证有效期6年，每3年复审一次。")
                        .keywords("电工证", "焊工证", "高处作业证", "特种作业证")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("health-check", "体检合格证明"))
                        .material(Material.of("exam-result", "考核合格证明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("operation", "作业类别", FieldType.CHOICE).options("电工作业", "焊接与热切割作业", "高处作业", "制冷与空调作业", "危险化学品安全作业"))
                        .field(FormField.of("education", "文化程度", FieldType.CHOICE).options(SpecialOperations.EDUCATION))
                        .build(),
                Item.of(EmergencyItems.REPORT_REWARD, "安全生产举报奖励").type(ItemType.REWARD).party(PartyType.BOTH)
                        .limits(20, 12).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(EmergencyItems.SAFETY_LAW + "第七十六条；《安全生产领域举报奖励办法》")
                        .description("举报事项经查证属实的，按行政处罚金额的15%计算奖励，最低3000元，最高不超过30万元；举报瞒报、谎报事故的，按每查实1人奖励3万元，最高不超过30万元。")
                        .keywords("举报奖励", "安全隐患举报", "12350")
                        .material(Material.of("verification", "举报查证属实的处理决定").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("category", "举报类别", FieldType.CHOICE).options(ReportReward.VIOLATION, ReportReward.CONCEALMENT))
                        .field(FormField.of("verified", "举报事项是否经查证属实", FieldType.BOOLEAN))
                        .field(FormField.of("penalty", "行政处罚金额（元）", FieldType.DECIMAL).optional())
                        .field(FormField.of("concealedDeaths", "查实瞒报、谎报死亡人数", FieldType.INTEGER).optional())
                        .build(),
                Item.of(EmergencyItems.DISASTER_RELIEF, "受灾人员过渡期生活救助").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《自然灾害救助条例》")
                        .description("因台风、暴雨等自然灾害房屋倒塌或严重损坏、无房可住的受灾人员，在恢复重建期间申请过渡期生活救助。")
                        .keywords("受灾救助", "台风救助", "灾后救助")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("damage-proof", "房屋受损情况核实材料"))
                        .field(FormField.of("householdSize", "家庭人口数", FieldType.INTEGER))
                        .field(FormField.of("disasterDate", "受灾日期", FieldType.DATE))
                        .build());
    }
}
