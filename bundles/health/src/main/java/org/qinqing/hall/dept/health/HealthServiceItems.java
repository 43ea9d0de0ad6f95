package org.qinqing.hall.dept.health;

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

/** Further items of 南山区卫生健康局 for residents and practitioners. */
final class HealthServiceItems {
    static final String BIRTH_CERTIFICATE_REISSUE = "health-birth-certificate-reissue";
    static final String SPECIAL_ASSISTANCE = "health-family-planning-special-assistance";
    static final String VACCINATION_CERTIFICATE = "health-vaccination-certificate";
    static final String PHYSICIAN_CHANGE = "health-physician-registration-change";
    static final String NURSE_RENEWAL = "health-nurse-registration-renewal";
    static final String ELDERLY_CHECKUP = "health-elderly-checkup";
    static final String FAMILY_DOCTOR = "health-family-doctor-contract";

    private HealthServiceItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(BIRTH_CERTIFICATE_REISSUE, "出生医学证明补发、换发").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国母婴保健法》第二十三条；《出生医学证明》管理有关规定")
                        .keywords("出生证补办", "出生证明遗失")
                        .material(CommonMaterials.idCard().note("父母身份证"))
                        .material(Material.of("birth-record", "原签发机构出具的分娩记录或出生医学证明存根").form(MaterialForm.ORIGINAL))
                        .material(Material.of("loss-statement", "遗失声明").optional().note("遗失补发的提交"))
                        .field(FormField.of("childBirthDate", "新生儿出生日期", FieldType.DATE))
                        .field(FormField.of("reason", "申请原因", FieldType.CHOICE).options(BirthCertificateReissue.LOST, "损毁", "信息有误换发"))
                        .build(),
                Item.of(SPECIAL_ASSISTANCE, "计划生育特别扶助金申请（独生子女伤残、死亡家庭）").type(ItemType.PAYMENT)
                        .party(PartyType.PERSON).limits(30, 20).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国人口与计划生育法》；《全国独生子女伤残死亡家庭扶助制度试点方案》；《广东省人口与计划生育条例》")
                        .description("女方年满49周岁，只生育或合法收养一个子女，现无存活子女或独生子女被依法鉴定为三级以上残疾的夫妻。")
                        .keywords("失独", "特扶金", "独生子女伤残")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("death-proof", "独生子女死亡证明").optional().note("独生子女死亡的提交"))
                        .material(Material.of("disability-card", "独生子女残疾人证（三级以上）").optional().reusable("disability-card")
                                .note("独生子女伤残的提交"))
                        .field(FormField.of("motherId", "女方身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("situation", "扶助情形", FieldType.CHOICE).options(SpecialAssistance.DEATH, SpecialAssistance.DISABILITY))
                        .field(FormField.of("otherLivingChildren", "现有其他存活子女数", FieldType.INTEGER))
                        .build(),
                Item.of(VACCINATION_CERTIFICATE, "预防接种证补办").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国疫苗管理法》；《预防接种工作规范》")
                        .keywords("接种本", "疫苗本补办", "预防接种证")
                        .material(CommonMaterials.idCard().note("监护人身份证"))
                        .field(FormField.of("childId", "儿童身份证号码", FieldType.RESIDENT_ID))
                        .build(),
                Item.of(PHYSICIAN_CHANGE, "医师执业注册变更（执业地点、类别、范围）").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(20, 5).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国医师法》；《医师执业注册管理办法》")
                        .keywords("医师变更注册", "变更执业地点")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("physician-certificate", "医师执业证书").reusable("physician-practice-certificate"))
                        .material(Material.of("employment-proof", "拟执业机构聘用证明"))
                        .field(FormField.of("changeItem", "变更事项", FieldType.CHOICE).options("执业地点", "执业类别", "执业范围"))
                        .build(),
                Item.of(NURSE_RENEWAL, "护士延续注册").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《护士条例》第十条；《护士执业注册管理办法》")
                        .description("护士执业注册有效期为5年，有效期届满需要继续执业的，应当在届满前30日申请延续注册。")
                        .keywords("护士证延续", "护士再注册")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("nurse-certificate", "护士执业证书").reusable("nurse-practice-certificate"))
                        .material(Material.of("health-proof", "近6个月内的健康体检证明"))
                        .field(FormField.of("expiryDate", "原注册有效期至", FieldType.DATE))
                        .build(),
                Item.of(ELDERLY_CHECKUP, "65岁及以上老年人免费健康体检预约").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国基本医疗卫生与健康促进法》；《国家基本公共卫生服务规范》")
                        .keywords("老人体检", "免费体检")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("centre", "社区健康服务中心", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("lastCheckup", "上次免费体检日期", FieldType.DATE).optional())
                        .build(),
                Item.of(FAMILY_DOCTOR, "家庭医生签约服务").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国基本医疗卫生与健康促进法》；《关于推进家庭医生签约服务的指导意见》")
                        .keywords("家庭医生", "社康签约")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("centre", "签约社区健康服务中心", FieldType.TEXT).maxLength(60))
                        .build());
    }
}
