package org.qinqing.hall.dept.hr;

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

/** The items of 南山区人力资源局. */
final class HrItems {
    static final String TALENT_INTRODUCTION = "hr-talent-introduction";
    static final String GRADUATE_RECEPTION = "hr-graduate-reception";
    static final String EMPLOYMENT_REGISTRATION = "hr-employment-registration";
    static final String SKILLS_SUBSIDY = "hr-skills-subsidy";
    static final String STARTUP_SUBSIDY = "hr-startup-subsidy";
    static final String NEWCOMER_SUBSIDY = "hr-newcomer-subsidy";

    /** Vault kind of the talent introduction approval, reused by public security's transfer card. */
    static final String TALENT_APPROVAL = "talent-introduction-approval";

    private HrItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(TALENT_INTRODUCTION, "在职人才引进核准").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(20, 5).flags(ONE_WINDOW, ONLINE, WECHAT, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis("《深圳经济特区人才工作条例》；《深圳市人才引进实施办法》")
                        .description("具有全日制本科及以上学历、在深圳用人单位在职的人才申请调入深圳户籍。")
                        .keywords("人才入户", "调干", "人才引进")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("labour-contract", "劳动合同").reusable("labour-contract"))
                        .material(Material.of("family-planning", "计划生育情况证明").reusable("family-planning-certificate")
                                .optional().note("可由区卫生健康局电子证照直接调用；人才入户并联审批时容缺受理，由卫生健康局同步出具"))
                        .field(FormField.of("education", "学历", FieldType.CHOICE).options(Education.LABELS))
                        .field(FormField.of("graduationDate", "毕业时间", FieldType.DATE))
                        .field(FormField.of("employer", "用人单位名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("employerCode", "用人单位统一社会信用代码", FieldType.CREDIT_CODE))
                        .build(),
                Item.of(GRADUATE_RECEPTION, "应届毕业生接收").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(20, 5).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《深圳市人才引进实施办法》；《普通高等学校毕业生就业工作暂行规定》")
                        .keywords("毕业生入户", "接收函")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("employment-agreement", "就业协议书"))
                        .field(FormField.of("education", "学历", FieldType.CHOICE).options(Education.LABELS))
                        .field(FormField.of("graduationDate", "毕业时间", FieldType.DATE))
                        .field(FormField.of("school", "毕业院校", FieldType.TEXT).maxLength(100))
                        .build(),
                Item.of(EMPLOYMENT_REGISTRATION, "就业登记").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 0).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国就业促进法》；《就业服务与就业管理规定》")
                        .keywords("就业失业登记", "用工登记")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("employerCode", "用人单位统一社会信用代码", FieldType.CREDIT_CODE))
                        .field(FormField.of("startDate", "入职日期", FieldType.DATE))
                        .build(),
                Item.of(SKILLS_SUBSIDY, "职业技能提升补贴申领").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《关于失业保险支持参保职工提升职业技能有关问题的通知》（人社部发〔2017〕40号）")
                        .keywords("技能补贴", "技能证书补贴")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("skill-certificate", "职业资格证书或职业技能等级证书").reusable("skill-certificate"))
                        .field(FormField.of("certificateLevel", "证书等级", FieldType.CHOICE).options(SkillsSubsidy.LEVELS))
                        .field(FormField.of("certificateDate", "发证日期", FieldType.DATE))
                        .build(),
                Item.of(STARTUP_SUBSIDY, "自主创业补贴申领").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《深圳市人力资源和社会保障局关于进一步促进就业的若干措施》")
                        .keywords("创业补贴", "创业资助")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("social-insurance-proof", "社会保险缴费证明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("businessCode", "创业实体统一社会信用代码", FieldType.CREDIT_CODE))
                        .field(FormField.of("registrationDate", "创业实体登记日期", FieldType.DATE))
                        .field(FormField.of("employees", "带动就业人数", FieldType.INTEGER))
                        .build(),
                Item.of(NEWCOMER_SUBSIDY, "新引进人才租房和生活补贴申领").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《关于促进人才优先发展的若干措施》（深发〔2016〕9号）")
                        .keywords("人才补贴", "租房补贴")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(CommonMaterials.householdRegister())
                        .field(FormField.of("education", "学历", FieldType.CHOICE).options(Education.LABELS))
                        .field(FormField.of("settledDate", "户籍迁入日期", FieldType.DATE))
                        .build());
    }
}
