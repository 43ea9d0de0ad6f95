package org.qinqing.hall.dept.edu;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.VIP;
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

/** Items of 南山区教育局 for schools and institutions (all for legal persons, all fully online). */
final class EduSchoolItems {
    static final String PRIVATE_SCHOOL = "edu-private-school-establishment";
    static final String PRIVATE_SCHOOL_CHANGE = "edu-private-school-change";
    static final String PRIVATE_SCHOOL_TERMINATION = "edu-private-school-termination";
    static final String TRAINING_INSTITUTION = "edu-training-institution";
    static final String SCHOOL_BUS = "edu-school-bus-licence";
    static final String KINDERGARTEN_FEE_FILING = "edu-kindergarten-fee-filing";
    static final String ANNUAL_INSPECTION = "edu-private-school-annual-inspection";

    /** Vault kind of the 办学许可证, reused by later change, termination and inspection items. */
    static final String SCHOOL_LICENCE = "private-school-licence";

    private static final String PRIVATE_EDUCATION_LAW = "《中华人民共和国民办教育促进法》";

    private EduSchoolItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(PRIVATE_SCHOOL, "民办学校设立审批（幼儿园、小学、初级中学）").type(ItemType.LICENSING)
                        .party(PartyType.ENTERPRISE).limits(90, 60).limitUnit(LimitUnit.NATURAL_DAYS)
                        .flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis(PRIVATE_EDUCATION_LAW + "第十二条、第十九条；《中华人民共和国民办教育促进法实施条例》；"
                                + "《幼儿园工作规程》")
                        .description("举办实施学前教育、义务教育的民办学校，经筹设后申请正式设立，审批机关自受理之日起三个月内作出决定。")
                        .keywords("办学许可证", "民办幼儿园", "民办学校审批")
                        .material(CommonMaterials.businessLicence().note("举办者为法人的提交登记证书"))
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("preparation-approval", "筹设批准书"))
                        .material(Material.of("charter", "学校章程及首届理事会（董事会）成员名单"))
                        .material(Material.of("assets-proof", "学校资产及经费来源的有效证明文件"))
                        .material(Material.of("staff-qualifications", "校长、教师、财会人员的资格证明文件"))
                        .field(FormField.of("schoolName", "学校名称", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("schoolLevel", "办学层次", FieldType.CHOICE).options(PrivateSchool.LEVELS))
                        .field(FormField.of("nature", "办学性质", FieldType.CHOICE).options(PrivateSchool.NON_PROFIT, PrivateSchool.FOR_PROFIT))
                        .field(FormField.of("classes", "拟设班级数", FieldType.INTEGER))
                        .field(FormField.of("plannedEnrolment", "拟招生规模（人）", FieldType.INTEGER))
                        .build(),
                Item.of(PRIVATE_SCHOOL_CHANGE, "民办学校变更审批（举办者、名称、层次、类别）").type(ItemType.LICENSING)
                        .party(PartyType.ENTERPRISE).limits(90, 30).limitUnit(LimitUnit.NATURAL_DAYS)
                        .flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(PRIVATE_EDUCATION_LAW + "第五十四条、第五十五条")
                        .keywords("变更举办者", "学校更名")
                        .material(Material.of("school-licence", "民办学校办学许可证").reusable(SCHOOL_LICENCE))
                        .material(Material.of("board-resolution", "学校理事会（董事会）同意变更的决议"))
                        .material(Material.of("settlement", "财务清算报告").optional().note("变更举办者的提交"))
                        .material(Material.of("transfer-agreement", "举办者变更协议").optional().note("变更举办者的提交"))
                        .field(FormField.of("changeType", "变更事项", FieldType.CHOICE).options(PrivateSchoolChange.TYPES))
                        .build(),
                Item.of(PRIVATE_SCHOOL_TERMINATION, "民办学校终止审批").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(PRIVATE_EDUCATION_LAW + "第五十六条、第五十七条")
                        .keywords("学校停办", "注销办学许可证")
                        .material(Material.of("school-licence", "民办学校办学许可证").reusable(SCHOOL_LICENCE))
                        .material(Material.of("board-resolution", "学校理事会（董事会）同意终止的决议"))
                        .material(Material.of("student-placement", "在校学生安置方案"))
                        .material(Material.of("liquidation", "财务清算报告"))
                        .build(),
                Item.of(TRAINING_INSTITUTION, "校外培训机构设立审批（学科类）").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(PRIVATE_EDUCATION_LAW + "第十二条；《国务院办公厅关于规范校外培训机构发展的意见》（国办发〔2018〕80号）；"
                                + "中共中央办公厅、国务院办公厅《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》")
                        .description("面向普通高中学生的学科类校外培训机构设立；不再审批面向义务教育阶段学生的学科类培训机构。")
                        .keywords("培训机构办学许可", "补习班", "双减")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("premises", "培训场所产权证明或租赁合同及消防安全证明"))
                        .material(Material.of("teacher-qualifications", "培训教师名册及教师资格证书"))
                        .material(Material.of("fee-rules", "收费项目、标准及退费办法"))
                        .field(FormField.of("category", "培训类别", FieldType.CHOICE).options(TrainingInstitution.CATEGORIES))
                        .field(FormField.of("targetStage", "培训对象", FieldType.CHOICE).options(TrainingInstitution.STAGES))
                        .field(FormField.of("area", "培训教学用房面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("maxStudents", "同一培训时段最多学员人数", FieldType.INTEGER))
                        .field(FormField.of("teachers", "培训教师人数", FieldType.INTEGER))
                        .field(FormField.of("qualifiedTeachers", "其中具有教师资格的人数", FieldType.INTEGER))
                        .field(FormField.of("latestEndTime", "每日培训最晚结束时间（如20:30）", FieldType.TEXT).maxLength(5))
                        .field(FormField.of("feeMonths", "一次性收费最长覆盖月数", FieldType.INTEGER))
                        .build(),
                Item.of(SCHOOL_BUS, "校车使用许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《校车安全管理条例》（国务院令第617号）第十四条、第十五条、第二十三条")
                        .description("学校或校车服务提供者申请使用校车，教育部门征求公安交管、交通运输部门意见后报区政府决定，由公安交管部门发给校车标牌。")
                        .keywords("校车标牌", "接送学生车辆")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("vehicle-licence", "校车机动车行驶证及安全技术检验合格证明"))
                        .material(Material.of("driver-qualification", "校车驾驶人的校车驾驶资格证明"))
                        .material(Material.of("route-plan", "校车运行方案（行驶线路、开行时间、停靠站点）"))
                        .material(Material.of("carrier-insurance", "机动车承运人责任保险凭证"))
                        .field(FormField.of("seats", "校车核定载人数", FieldType.INTEGER))
                        .field(FormField.of("students", "拟乘坐学生人数", FieldType.INTEGER))
                        .field(FormField.of("driverId", "校车驾驶人身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("insuranceUntil", "承运人责任保险有效期至", FieldType.DATE))
                        .build(),
                Item.of(KINDERGARTEN_FEE_FILING, "民办幼儿园收费项目和标准备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(PRIVATE_EDUCATION_LAW + "第三十八条；《中华人民共和国学前教育法》")
                        .keywords("保教费备案", "幼儿园收费")
                        .material(Material.of("school-licence", "民办学校办学许可证").reusable(SCHOOL_LICENCE))
                        .material(Material.of("fee-schedule", "收费项目、标准及成本测算说明"))
                        .field(FormField.of("monthlyFee", "保育教育费（元/生·月）", FieldType.DECIMAL))
                        .build(),
                Item.of(ANNUAL_INSPECTION, "民办学校年度检查").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(PRIVATE_EDUCATION_LAW + "；《中华人民共和国民办教育促进法实施条例》")
                        .keywords("年检", "年度报告")
                        .material(Material.of("school-licence", "民办学校办学许可证").reusable(SCHOOL_LICENCE))
                        .material(Material.of("annual-report", "年度办学情况报告"))
                        .material(Material.of("audit-report", "年度财务审计报告"))
                        .build());
    }
}
