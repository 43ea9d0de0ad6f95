package org.qinqing.hall.dept.health;

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

/** The items of 南山区卫生健康局. */
final class HealthItems {
    static final String FAMILY_PLANNING_CERTIFICATE = "health-family-planning-certificate";
    static final String BIRTH_REGISTRATION = "health-birth-registration";
    static final String MEDICAL_INSTITUTION = "health-medical-institution-licence";
    static final String PHYSICIAN_REGISTRATION = "health-physician-registration";
    static final String NURSE_REGISTRATION = "health-nurse-registration";
    static final String PUBLIC_PLACE_HYGIENE = "health-public-place-hygiene-licence";

    static final String MARITAL_UNMARRIED = "未婚";
    static final String MARITAL_MARRIED = "已婚";
    static final String[] MARITAL = {MARITAL_UNMARRIED, MARITAL_MARRIED, "离异", "丧偶"};

    private HealthItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(FAMILY_PLANNING_CERTIFICATE, "计划生育情况证明（人才引进、户籍迁入用）").type(ItemType.CONFIRMATION)
                        .party(PartyType.PERSON).limits(10, 3).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国人口与计划生育法》；《广东省人口与计划生育条例》")
                        .keywords("计生证明", "婚育证明")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.householdRegister().optional())
                        .material(Material.of("marriage-certificate", "结婚证").optional().reusable("marriage-certificate")
                                .note("已婚者提交"))
                        .field(FormField.of("maritalStatus", "婚姻状况", FieldType.CHOICE).options(MARITAL))
                        .field(FormField.of("children", "现有子女数", FieldType.INTEGER))
                        .field(FormField.of("spouseId", "配偶身份证号码", FieldType.RESIDENT_ID).optional())
                        .build(),
                Item.of(BIRTH_REGISTRATION, "生育登记").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 0).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL)
                        .maxVisits(0).legalBasis("《中华人民共和国人口与计划生育法》；《广东省人口与计划生育条例》")
                        .keywords("生育服务登记", "准生证")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("marriage-certificate", "结婚证").reusable("marriage-certificate"))
                        .field(FormField.of("childOrder", "本次生育孩次", FieldType.INTEGER))
                        .field(FormField.of("expectedDate", "预产期", FieldType.DATE))
                        .build(),
                Item.of(MEDICAL_INSTITUTION, "医疗机构执业登记").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(45, 20).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT)
                        .maxVisits(1).legalBasis("《医疗机构管理条例》（国务院令第149号）第十五条至第二十一条")
                        .keywords("诊所执业许可", "医疗机构执业许可证")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("premises", "房屋产权证明或租赁合同"))
                        .material(Material.of("staff-list", "医务人员名单及执业证书"))
                        .material(Material.of("rules", "医疗机构规章制度"))
                        .field(FormField.of("institutionType", "机构类别", FieldType.CHOICE).options(MedicalInstitution.TYPES))
                        .field(FormField.of("beds", "床位数", FieldType.INTEGER))
                        .field(FormField.of("physicians", "执业医师人数", FieldType.INTEGER))
                        .build(),
                Item.of(PHYSICIAN_REGISTRATION, "医师执业注册").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(20, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国医师法》第十三条；《医师执业注册管理办法》")
                        .keywords("医师注册", "执业证书")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("physician-qualification", "医师资格证书").reusable("physician-qualification"))
                        .material(Material.of("health-proof", "近6个月内的健康体检证明"))
                        .material(Material.of("employment-proof", "拟执业机构聘用证明"))
                        .field(FormField.of("category", "执业类别", FieldType.CHOICE).options("临床", "中医", "口腔", "公共卫生"))
                        .field(FormField.of("qualificationDate", "取得医师资格日期", FieldType.DATE))
                        .field(FormField.of("institutionCode", "拟执业机构统一社会信用代码", FieldType.CREDIT_CODE))
                        .build(),
                Item.of(NURSE_REGISTRATION, "护士执业注册").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(20, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《护士条例》（国务院令第517号）第七条、第八条；《护士执业注册管理办法》")
                        .keywords("护士注册")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("nurse-exam", "护士执业资格考试成绩合格证明"))
                        .material(Material.of("health-proof", "近6个月内的健康体检证明"))
                        .material(Material.of("training-proof", "3个月临床护理培训考核合格证明").optional()
                                .note("自考试合格之日起超过3年申请注册的提交"))
                        .field(FormField.of("examPassedDate", "考试合格日期", FieldType.DATE))
                        .field(FormField.of("institutionCode", "拟执业机构统一社会信用代码", FieldType.CREDIT_CODE))
                        .build(),
                Item.of(PUBLIC_PLACE_HYGIENE, "公共场所卫生许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 7).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT, APPOINTMENT).maxVisits(1)
                        .legalBasis("《公共场所卫生管理条例》第八条；《公共场所卫生管理条例实施细则》第二十二条")
                        .keywords("卫生许可证", "美容美发", "游泳场所")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("layout", "场所平面布局图"))
                        .material(Material.of("hygiene-rules", "卫生管理制度"))
                        .material(Material.of("water-quality", "水质检测报告").optional().form(MaterialForm.ORIGINAL)
                                .note("游泳场所提交"))
                        .field(FormField.of("category", "场所类别", FieldType.CHOICE).options(PublicPlaceHygiene.CATEGORIES))
                        .field(FormField.of("area", "营业面积（平方米）", FieldType.DECIMAL))
                        .build());
    }
}
