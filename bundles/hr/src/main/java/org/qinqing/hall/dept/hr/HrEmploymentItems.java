package org.qinqing.hall.dept.hr;

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

/** Further items of 南山区人力资源局: employment services, employment subsidies, titles and personnel files. */
final class HrEmploymentItems {
    static final String UNEMPLOYMENT_REGISTRATION = "hr-unemployment-registration";
    static final String EMPLOYMENT_DIFFICULTY = "hr-employment-difficulty";
    static final String FLEXIBLE_SUBSIDY = "hr-flexible-employment-insurance-subsidy";
    static final String EMPLOYER_SUBSIDY = "hr-employer-insurance-subsidy";
    static final String INTERNSHIP_SUBSIDY = "hr-internship-subsidy";
    static final String JUNIOR_TITLE = "hr-junior-title";
    static final String PERSONNEL_FILE = "hr-personnel-file";
    static final String GRADUATE_REPORT = "hr-graduate-report";
    static final String RECRUITMENT = "hr-recruitment-service";

    /** Vault kinds issued here and reused by the later employment items. */
    static final String UNEMPLOYMENT_PROOF = "unemployment-registration";
    static final String DIFFICULTY_PROOF = "employment-difficulty-certificate";

    private static final String EMPLOYMENT_LAW = "《中华人民共和国就业促进法》";
    private static final String FUND_RULES = "《就业补助资金管理办法》";

    private HrEmploymentItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(UNEMPLOYMENT_REGISTRATION, "失业登记").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(EMPLOYMENT_LAW + "；《就业服务与就业管理规定》")
                        .description("法定劳动年龄内、有劳动能力和就业要求、处于无业状态的人员办理失业登记，享受公共就业服务。")
                        .keywords("失业证", "登记失业", "就业失业登记")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("employed", "现处于就业或经营状态", FieldType.BOOLEAN))
                        .field(FormField.of("seekingWork", "有就业要求", FieldType.BOOLEAN))
                        .build(),
                Item.of(EMPLOYMENT_DIFFICULTY, "就业困难人员认定").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(15, 10).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(EMPLOYMENT_LAW + "第五十二条；《就业服务与就业管理规定》")
                        .keywords("就业困难", "4050人员", "就业援助")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("unemployment-proof", "失业登记证明").form(MaterialForm.ELECTRONIC).reusable(UNEMPLOYMENT_PROOF))
                        .material(Material.of("disability-card", "中华人民共和国残疾人证").optional().reusable("disability-card")
                                .note("残疾人提交"))
                        .material(Material.of("subsistence-proof", "最低生活保障证").optional().reusable("subsistence-allowance-certificate")
                                .note("低保家庭成员提交，可由区民政局电子证照调用"))
                        .field(FormField.of("category", "困难类别", FieldType.CHOICE).options(EmploymentDifficulty.CATEGORIES))
                        .field(FormField.of("unemployedSince", "失业登记日期", FieldType.DATE))
                        .build(),
                Item.of(FLEXIBLE_SUBSIDY, "灵活就业人员社会保险补贴申领").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(EMPLOYMENT_LAW + "；" + FUND_RULES)
                        .description("就业困难人员灵活就业并缴纳社会保险费的，给予补贴，期限最长不超过3年；距法定退休年龄不足5年的可延长至退休。")
                        .keywords("社保补贴", "灵活就业补贴")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("difficulty-certificate", "就业困难人员认定证明").form(MaterialForm.ELECTRONIC)
                                .reusable(DIFFICULTY_PROOF))
                        .material(Material.of("insurance-proof", "灵活就业社会保险缴费记录").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("monthsSubsidised", "已享受补贴月数", FieldType.INTEGER))
                        .field(FormField.of("months", "本次申领月数", FieldType.INTEGER))
                        .build(),
                Item.of(EMPLOYER_SUBSIDY, "用人单位招用就业困难人员社会保险补贴申领").type(ItemType.PAYMENT).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(EMPLOYMENT_LAW + "；" + FUND_RULES)
                        .keywords("招用补贴", "单位社保补贴")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("staff-list", "招用就业困难人员名单及劳动合同"))
                        .material(Material.of("insurance-proof", "社会保险缴费明细").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("employees", "招用就业困难人员人数", FieldType.INTEGER))
                        .build(),
                Item.of(INTERNSHIP_SUBSIDY, "就业见习补贴申领").type(ItemType.PAYMENT).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(EMPLOYMENT_LAW + "；" + FUND_RULES)
                        .description("就业见习基地吸纳离校2年内未就业高校毕业生或16至24岁失业青年参加见习，见习期3至12个月。")
                        .keywords("见习补贴", "见习基地")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("internship-agreement", "见习协议"))
                        .material(Material.of("attendance", "见习人员考勤及生活补助发放记录"))
                        .field(FormField.of("internId", "见习人员身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("graduationDate", "见习人员毕业时间", FieldType.DATE).optional())
                        .field(FormField.of("months", "见习期（月）", FieldType.INTEGER))
                        .build(),
                Item.of(JUNIOR_TITLE, "初级专业技术资格认定").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《职称评审管理暂行规定》；广东省初级职称认定有关规定")
                        .description("符合学历和专业技术工作年限的专业技术人员，直接认定员级或助理级专业技术资格。")
                        .keywords("初级职称", "助理工程师", "职称认定")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("work-proof", "从事专业技术工作年限证明"))
                        .field(FormField.of("level", "认定级别", FieldType.CHOICE).options(JuniorTitle.CLERK, JuniorTitle.ASSISTANT))
                        .field(FormField.of("education", "学历", FieldType.CHOICE).options(JuniorTitle.EDUCATION))
                        .field(FormField.of("workYears", "毕业后从事本专业技术工作年限", FieldType.INTEGER))
                        .build(),
                Item.of(PERSONNEL_FILE, "流动人员人事档案接收").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《人才市场管理规定》；流动人员人事档案管理服务有关规定")
                        .keywords("档案存放", "人事代理", "档案转入")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("transfer-letter", "档案调档函或转递通知"))
                        .build(),
                Item.of(GRADUATE_REPORT, "高校毕业生就业报到").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《普通高等学校毕业生就业工作暂行规定》")
                        .keywords("报到证", "毕业生报到")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("reception-letter", "深圳市接收应届毕业生函").reusable("graduate-reception-letter"))
                        .build(),
                Item.of(RECRUITMENT, "用人单位招聘信息发布（公共就业服务）").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(3, 2).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(EMPLOYMENT_LAW + "；《人力资源市场暂行条例》")
                        .keywords("发布招聘", "招工", "招聘会")
                        .material(CommonMaterials.businessLicence())
                        .field(FormField.of("position", "招聘岗位", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("vacancies", "招聘人数", FieldType.INTEGER))
                        .build());
    }
}
