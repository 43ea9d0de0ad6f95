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

/** Exit-entry, traffic and public-order licensing items of 深圳市公安局南山分局. */
final class PoliceServiceItems {
    static final String PASSPORT = "police-passport";
    static final String HK_MACAU_PERMIT = "police-hk-macau-permit";
    static final String HK_MACAU_ENDORSEMENT = "police-hk-macau-endorsement";
    static final String DRIVING_LICENCE_RENEWAL = "police-driving-licence-renewal";
    static final String INSPECTION_EXEMPTION = "police-vehicle-inspection-exemption";
    static final String SECURITY_GUARD = "police-security-guard-certificate";
    static final String SEAL_FILING = "police-seal-engraving-filing";
    static final String HOTEL_LICENCE = "police-hotel-licence";
    static final String LARGE_EVENT = "police-large-event-permit";
    static final String PAWNSHOP_LICENCE = "police-pawnshop-licence";

    private static final String LARGE_EVENT_RULES = "《大型群众性活动安全管理条例》";
    private static final String DRIVING_RULES = "《中华人民共和国道路交通安全法》；《机动车驾驶证申领和使用规定》";

    private PoliceServiceItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(PASSPORT, "普通护照签发").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(15, 7).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, WECHAT, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国护照法》第五条至第七条、第十三条；《中华人民共和国出境入境管理法》")
                        .keywords("办护照", "出国护照")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("photo", "现场采集相片及指纹").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("purpose", "出境事由", FieldType.CHOICE).options("旅游", "探亲访友", "商务", "学习", "就业", "定居"))
                        .field(FormField.of("guardianId", "监护人身份证号码", FieldType.RESIDENT_ID).optional())
                        .field(FormField.of("exitRestricted", "属于服刑、未了结民事案件、刑事案件被告人或犯罪嫌疑人等不准出境情形", FieldType.BOOLEAN))
                        .build(),
                Item.of(HK_MACAU_PERMIT, "往来港澳通行证签发").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(30, 7).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国出境入境管理法》；《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》")
                        .keywords("港澳通行证", "回乡证", "去香港")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("photo", "现场采集相片及指纹").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("guardianId", "监护人身份证号码", FieldType.RESIDENT_ID).optional())
                        .field(FormField.of("exitRestricted", "属于法律规定不准出境的情形", FieldType.BOOLEAN))
                        .build(),
                Item.of(HK_MACAU_ENDORSEMENT, "往来港澳通行证再次签注").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》")
                        .description("持电子往来港澳通行证网上申请再次签注，审核通过后到自助签注机打印。")
                        .keywords("港澳签注", "续签", "个人游签注")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("business-filing", "所在企业出入境商务备案证明").optional().note("申请商务签注的提交"))
                        .field(FormField.of("permitExpiry", "通行证有效期至", FieldType.DATE))
                        .field(FormField.of("endorsement", "签注种类", FieldType.CHOICE).options(Endorsement.TYPES))
                        .build(),
                Item.of(DRIVING_LICENCE_RENEWAL, "机动车驾驶证有效期满换证").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(DRIVING_RULES)
                        .description("驾驶证有效期满前九十日内申请换证；六年有效期内每个记分周期均未记满12分的换发十年有效期，十年的换发长期有效。")
                        .keywords("驾照到期", "换驾照", "驾驶证换证")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("health-check", "县级或者部队团级以上医疗机构出具的身体条件证明").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("photo", "近期免冠彩色证件照").form(MaterialForm.ELECTRONIC).reusable("photo"))
                        .field(FormField.of("licenceExpiry", "驾驶证有效期至", FieldType.DATE))
                        .field(FormField.of("currentTerm", "现驾驶证有效期", FieldType.CHOICE).options(DrivingLicenceRenewal.SIX, DrivingLicenceRenewal.TEN))
                        .field(FormField.of("reachedTwelvePoints", "有效期内有记分周期记满12分", FieldType.BOOLEAN))
                        .build(),
                Item.of(INSPECTION_EXEMPTION, "机动车检验标志核发（免检）").type(ItemType.CONFIRMATION).party(PartyType.BOTH)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国道路交通安全法》第十三条；《中华人民共和国道路交通安全法实施条例》第十六条")
                        .description("非营运小型、微型载客汽车（面包车除外）注册登记10年内，第6年、第10年上线检验，其余检验年度免检领取检验标志。")
                        .keywords("六年免检", "年检", "检验标志")
                        .material(Material.of("insurance", "机动车交通事故责任强制保险凭证").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("vehicle-licence", "机动车行驶证").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("vehicleType", "车辆类型", FieldType.CHOICE).options(InspectionExemption.ELIGIBLE, "其他车辆"))
                        .field(FormField.of("registrationDate", "注册登记日期", FieldType.DATE))
                        .field(FormField.of("pendingViolations", "有尚未处理完毕的交通违法行为或交通事故", FieldType.BOOLEAN))
                        .build(),
                Item.of(SECURITY_GUARD, "保安员证核发").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(15, 7).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE).maxVisits(1)
                        .legalBasis("《保安服务管理条例》第十六条、第十七条")
                        .keywords("保安证", "保安员")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("exam-proof", "保安员考试合格证明"))
                        .field(FormField.of("education", "文化程度", FieldType.CHOICE).options(SecurityGuard.EDUCATION))
                        .field(FormField.of("criminalRecord", "曾因故意犯罪被刑事处罚，或曾被收容教育、强制隔离戒毒、劳动教养、3次以上行政拘留", FieldType.BOOLEAN))
                        .field(FormField.of("revokedWithinThreeYears", "被吊销保安员证未满3年或曾两次被吊销", FieldType.BOOLEAN))
                        .build(),
                Item.of(SEAL_FILING, "公章刻制备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《印铸刻字业暂行管理规则》；公章刻制备案管理有关规定")
                        .description("企业设立登记后刻制公章，由刻章企业网上备案，免费刻章。")
                        .keywords("刻章", "公章备案", "印章")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .field(FormField.of("sealType", "印章类型", FieldType.CHOICE).options(SealFiling.TYPES))
                        .field(FormField.of("sealText", "印文", FieldType.TEXT).maxLength(60))
                        .build(),
                Item.of(HOTEL_LICENCE, "旅馆业特种行业许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《旅馆业治安管理办法》第四条")
                        .keywords("旅馆许可", "酒店特种行业", "民宿")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("premises", "经营场所产权证明或租赁合同及平面图"))
                        .material(Material.of("fire-safety", "消防安全检查合格证明"))
                        .material(Material.of("security-rules", "治安保卫制度及旅客住宿登记系统说明"))
                        .field(FormField.of("rooms", "客房数", FieldType.INTEGER))
                        .build(),
                Item.of(LARGE_EVENT, "大型群众性活动安全许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(7, 3).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(LARGE_EVENT_RULES + "第二条、第十一条、第十二条")
                        .description("预计参加人数1000人以上5000人以下的，由活动所在地区公安分局许可；承办者在活动举办日的20日前提出申请。")
                        .keywords("活动报备", "演唱会安全许可", "大型活动")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("safety-plan", "大型群众性活动安全工作方案"))
                        .material(Material.of("venue-proof", "场所管理者同意使用证明"))
                        .field(FormField.of("eventName", "活动名称", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("eventDate", "活动日期", FieldType.DATE))
                        .field(FormField.of("expected", "预计参加人数", FieldType.INTEGER))
                        .build(),
                Item.of(PAWNSHOP_LICENCE, "典当业特种行业许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《典当管理办法》")
                        .keywords("典当行", "特种行业许可证")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("pawn-licence", "典当经营许可证"))
                        .material(Material.of("security-facilities", "安全防范设施说明"))
                        .build());
    }
}
