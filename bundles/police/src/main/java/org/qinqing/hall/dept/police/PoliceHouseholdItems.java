package org.qinqing.hall.dept.police;

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

/** Further household registration, identity card and residence items of 深圳市公安局南山分局. */
final class PoliceHouseholdItems {
    static final String ID_CARD_RENEWAL = "police-id-card-renewal";
    static final String ID_CARD_REISSUE = "police-id-card-reissue";
    static final String RESIDENCE_REGISTRATION = "police-residence-registration";
    static final String NAME_CHANGE = "police-name-change";
    static final String DEATH_CANCELLATION = "police-death-cancellation";
    static final String HOUSEHOLD_CERTIFICATE = "police-household-certificate";
    static final String HOUSEHOLD_RELOCATION = "police-household-relocation";
    static final String RESIDENCE_PERMIT_REISSUE = "police-residence-permit-reissue";

    private static final String ID_LAW = "《中华人民共和国居民身份证法》";
    private static final String HOUSEHOLD_REGULATION = "《中华人民共和国户口登记条例》";

    private PoliceHouseholdItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(ID_CARD_RENEWAL, "居民身份证换领").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(60, 20).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, WECHAT, APPOINTMENT).maxVisits(1)
                        .legalBasis(ID_LAW + "第五条、第十条、第十一条")
                        .description("有效期满、证件损坏或登记项目变更的换领；有效期满换领可在期满前三个月内申请，可异地办理。")
                        .keywords("换身份证", "身份证到期", "身份证过期")
                        .material(CommonMaterials.idCard().note("原居民身份证"))
                        .material(Material.of("photo", "现场采集相片及指纹").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("reason", "换领原因", FieldType.CHOICE).options(IdCardIssue.EXPIRING, "证件损坏", "登记项目变更"))
                        .field(FormField.of("currentExpiry", "原证有效期至", FieldType.DATE).optional())
                        .build(),
                Item.of(ID_CARD_REISSUE, "居民身份证挂失补领").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(60, 20).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(ID_LAW + "第五条、第十条、第十一条")
                        .keywords("身份证丢了", "补办身份证", "身份证挂失")
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("photo", "现场采集相片及指纹").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("lostDate", "遗失日期", FieldType.DATE))
                        .build(),
                Item.of(RESIDENCE_REGISTRATION, "居住登记申报").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《居住证暂行条例》；《深圳经济特区居住登记条例》")
                        .description("非深圳户籍人员在深居住的，申报居住登记；登记凭证用于申领居住证、子女学位申请。")
                        .keywords("居住登记", "来深登记", "流动人口登记")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("lease-filing", "房屋租赁登记备案凭证").optional().form(MaterialForm.ELECTRONIC)
                                .reusable("house-lease-filing").note("租住房屋的提交，可由区住房和建设局电子证照调用"))
                        .field(FormField.of("hukou", "户籍", FieldType.CHOICE).options(ResidenceRegistration.LOCAL, ResidenceRegistration.NON_LOCAL))
                        .field(FormField.of("housing", "居住类型", FieldType.CHOICE).options(ResidenceRegistration.HOUSING))
                        .field(FormField.of("address", "居住地址", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("arrivalDate", "到达居住地日期", FieldType.DATE))
                        .build(),
                Item.of(NAME_CHANGE, "变更姓名登记").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(HOUSEHOLD_REGULATION + "第十八条")
                        .description("未满十八周岁的，由本人或者父母、收养人申请；十八周岁以上的，由本人申请。")
                        .keywords("改名", "更名")
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("reason-proof", "变更姓名理由及相关证明"))
                        .field(FormField.of("newName", "拟变更姓名", FieldType.TEXT).maxLength(20))
                        .field(FormField.of("guardianId", "父母或收养人身份证号码", FieldType.RESIDENT_ID).optional())
                        .build(),
                Item.of(DEATH_CANCELLATION, "死亡人员户口注销").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONE_WINDOW).maxVisits(1)
                        .legalBasis(HOUSEHOLD_REGULATION + "第八条")
                        .keywords("销户", "死亡注销")
                        .material(CommonMaterials.idCard().note("申报人身份证"))
                        .material(Material.of("death-proof", "居民死亡医学证明（推断）书或其他死亡证明").form(MaterialForm.ORIGINAL))
                        .material(Material.of("deceased-register", "死者户口簿及居民身份证").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("deceasedId", "死者身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("deathDate", "死亡日期", FieldType.DATE))
                        .build(),
                Item.of(HOUSEHOLD_CERTIFICATE, "户籍证明开具").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(3, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(HOUSEHOLD_REGULATION)
                        .keywords("户籍证明", "户口证明", "亲属关系证明")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("certificate", "证明类型", FieldType.CHOICE).options("户籍证明", "户口注销证明", "亲属关系证明"))
                        .build(),
                Item.of(HOUSEHOLD_RELOCATION, "市内户口迁移（分户、投靠）").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(20, 15).flags(ONE_WINDOW).maxVisits(1)
                        .legalBasis(HOUSEHOLD_REGULATION + "第十条；《深圳市户籍迁入若干规定》")
                        .keywords("分户", "迁户口", "投靠入户")
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("housing-proof", "迁入地合法稳定住所证明"))
                        .material(Material.of("relation-proof", "投靠关系证明").optional().note("投靠的提交"))
                        .field(FormField.of("kind", "迁移类型", FieldType.CHOICE).options("分户", "投靠"))
                        .build(),
                Item.of(RESIDENCE_PERMIT_REISSUE, "居住证补领、换领").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(15, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《居住证暂行条例》；《深圳经济特区居住登记条例》")
                        .keywords("居住证丢了", "居住证补办")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("photo", "近期免冠彩色证件照").form(MaterialForm.ELECTRONIC).reusable("photo"))
                        .field(FormField.of("reason", "申请原因", FieldType.CHOICE).options("遗失", "损坏", "信息变更"))
                        .build());
    }
}
