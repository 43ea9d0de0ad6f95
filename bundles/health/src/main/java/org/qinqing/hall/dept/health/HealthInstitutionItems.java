package org.qinqing.hall.dept.health;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
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
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Further items of 南山区卫生健康局 for institutions (all for legal persons, all fully online). */
final class HealthInstitutionItems {
    static final String CHILDCARE_FILING = "health-childcare-institution-filing";
    static final String RADIOLOGY_LICENCE = "health-radiology-licence";
    static final String INSTITUTION_CHANGE = "health-medical-institution-change";
    static final String INSTITUTION_VALIDATION = "health-medical-institution-validation";
    static final String CLINIC_FILING = "health-clinic-filing";
    static final String PUBLIC_PLACE_RENEWAL = "health-public-place-hygiene-renewal";
    static final String MATERNAL_TECHNOLOGY = "health-maternal-technology-licence";

    /** Vault kinds of licences issued by this department's first items. */
    static final String INSTITUTION_LICENCE = "medical-institution-licence";
    static final String HYGIENE_LICENCE = "public-place-hygiene-licence";

    private static final String INSTITUTION_RULES = "《医疗机构管理条例》；《医疗机构管理条例实施细则》";

    private HealthInstitutionItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(CHILDCARE_FILING, "托育机构备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》（国办发〔2019〕15号）；"
                                + "《托育机构设置标准（试行）》；《托育机构管理规范（试行）》")
                        .description("托育机构登记后向所在地县级卫生健康部门备案；乳儿班10人以下、托小班15人以下、托大班20人以下。")
                        .keywords("托儿所", "婴幼儿照护", "托育备案")
                        .material(CommonMaterials.businessLicence().note("或事业单位、社会服务机构登记证书"))
                        .material(Material.of("premises", "场地证明及平面图"))
                        .material(Material.of("fire-safety", "消防安全检查合格证明"))
                        .material(Material.of("hygiene-evaluation", "托育机构卫生评价报告"))
                        .material(Material.of("staff-health", "工作人员健康合格证明及保育人员名册"))
                        .field(FormField.of("infants", "乳儿班（6-12个月）婴幼儿数", FieldType.INTEGER))
                        .field(FormField.of("infantClasses", "乳儿班班数", FieldType.INTEGER))
                        .field(FormField.of("infantCarers", "乳儿班保育人员数", FieldType.INTEGER))
                        .field(FormField.of("toddlers", "托小班（12-24个月）婴幼儿数", FieldType.INTEGER))
                        .field(FormField.of("toddlerClasses", "托小班班数", FieldType.INTEGER))
                        .field(FormField.of("toddlerCarers", "托小班保育人员数", FieldType.INTEGER))
                        .field(FormField.of("seniors", "托大班（24-36个月）婴幼儿数", FieldType.INTEGER))
                        .field(FormField.of("seniorClasses", "托大班班数", FieldType.INTEGER))
                        .field(FormField.of("seniorCarers", "托大班保育人员数", FieldType.INTEGER))
                        .build(),
                Item.of(RADIOLOGY_LICENCE, "放射诊疗许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT)
                        .maxVisits(1)
                        .legalBasis("《中华人民共和国职业病防治法》；《放射诊疗管理规定》")
                        .keywords("X光机许可", "口腔CT", "放射诊疗")
                        .material(Material.of("institution-licence", "医疗机构执业许可证").reusable(INSTITUTION_LICENCE))
                        .material(Material.of("protection-evaluation", "放射诊疗建设项目职业病危害放射防护评价报告"))
                        .material(Material.of("equipment", "放射诊疗设备清单及检测报告"))
                        .material(Material.of("staff", "放射诊疗工作人员资质及个人剂量监测资料"))
                        .field(FormField.of("category", "放射诊疗类别", FieldType.CHOICE).options("X射线影像诊断", "介入放射学", "核医学", "放射治疗"))
                        .build(),
                Item.of(INSTITUTION_CHANGE, "医疗机构变更登记").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(INSTITUTION_RULES)
                        .keywords("诊所变更", "变更诊疗科目", "变更法定代表人")
                        .material(Material.of("institution-licence", "医疗机构执业许可证").reusable(INSTITUTION_LICENCE))
                        .material(Material.of("change-proof", "变更事项证明材料"))
                        .field(FormField.of("changeItem", "变更事项", FieldType.CHOICE)
                                .options("名称", "地址", "法定代表人", "主要负责人", "诊疗科目", "床位"))
                        .build(),
                Item.of(INSTITUTION_VALIDATION, "医疗机构执业许可证校验").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(30, 20).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(INSTITUTION_RULES + "；《医疗机构校验管理办法（试行）》")
                        .description("床位100张以上的综合医院、中医医院、专科医院、妇幼保健院等校验期为3年，其他医疗机构为1年；期满前3个月申请。")
                        .keywords("医疗机构校验", "许可证年审")
                        .material(Material.of("institution-licence", "医疗机构执业许可证").reusable(INSTITUTION_LICENCE))
                        .material(Material.of("self-assessment", "校验期内执业情况自查报告"))
                        .field(FormField.of("institutionType", "机构类别", FieldType.CHOICE).options(InstitutionValidation.TYPES))
                        .field(FormField.of("beds", "床位数", FieldType.INTEGER))
                        .field(FormField.of("lastValidation", "上次校验（或登记）日期", FieldType.DATE))
                        .build(),
                Item.of(CLINIC_FILING, "诊所备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《医疗机构管理条例》；《诊所备案管理暂行办法》")
                        .description("设置诊所实行备案管理；个人设置的，设置人须为经执业注册后在医疗卫生机构中执业满5年的医师。")
                        .keywords("开诊所", "诊所备案凭证")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("physician-certificate", "设置人医师执业证书").reusable("physician-practice-certificate"))
                        .material(Material.of("premises", "诊所房屋平面布局图及产权证明"))
                        .material(Material.of("rules", "诊所规章制度"))
                        .field(FormField.of("practiceYears", "设置人执业年限", FieldType.INTEGER))
                        .field(FormField.of("physicians", "执业医师人数", FieldType.INTEGER))
                        .build(),
                Item.of(PUBLIC_PLACE_RENEWAL, "公共场所卫生许可证延续").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《公共场所卫生管理条例》；《公共场所卫生管理条例实施细则》")
                        .description("公共场所卫生许可证有效期四年，需要延续的应当在有效期届满30日前提出申请。")
                        .keywords("卫生许可证延续", "卫生许可证到期")
                        .material(Material.of("licence", "公共场所卫生许可证").reusable(HYGIENE_LICENCE))
                        .material(Material.of("inspection", "近期卫生检测报告").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("expiryDate", "原许可证有效期至", FieldType.DATE))
                        .build(),
                Item.of(MATERNAL_TECHNOLOGY, "母婴保健技术服务执业许可（助产技术、结扎手术、终止妊娠手术）").type(ItemType.LICENSING)
                        .party(PartyType.ENTERPRISE).limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国母婴保健法》第三十二条；《中华人民共和国母婴保健法实施办法》")
                        .keywords("助产技术", "母婴保健")
                        .material(Material.of("institution-licence", "医疗机构执业许可证").reusable(INSTITUTION_LICENCE))
                        .material(Material.of("staff", "母婴保健技术服务人员资格证明"))
                        .material(Material.of("equipment", "相关设备设施清单"))
                        .field(FormField.of("technology", "技术项目", FieldType.CHOICE).options("助产技术", "结扎手术", "终止妊娠手术"))
                        .build());
    }
}
