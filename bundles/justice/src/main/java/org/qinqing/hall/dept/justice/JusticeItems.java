package org.qinqing.hall.dept.justice;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
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

/** The items of 南山区司法局. */
final class JusticeItems {
    static final String LEGAL_AID = "justice-legal-aid";
    static final String MEDIATION = "justice-people-mediation";
    static final String LEGAL_WORKER = "justice-legal-worker-licence";
    static final String LEGAL_WORKER_CHANGE = "justice-legal-worker-change";
    static final String LEGAL_OFFICE = "justice-legal-service-office";
    static final String CONSULTATION = "justice-legal-consultation";
    static final String CORRECTION_LEAVE = "justice-correction-leave";
    static final String CORRECTION_TRANSFER = "justice-correction-residence-change";
    static final String PEOPLE_ASSESSOR = "justice-people-assessor";
    static final String RESETTLEMENT = "justice-released-person-assistance";

    /** Vault kind of the 基层法律服务工作者执业证. */
    static final String WORKER_LICENCE = "legal-service-worker-licence";

    private static final String WORKER_RULES = "《基层法律服务工作者管理办法》";
    private static final String CORRECTION = "《中华人民共和国社区矫正法》";

    private JusticeItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(LEGAL_AID, "法律援助申请").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(7, 3).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国法律援助法》第三十一条、第三十二条、第四十一条至第四十三条；《广东省法律援助条例》")
                        .description("法律援助机构自收到申请之日起七日内审查并作出是否给予法律援助的决定。")
                        .keywords("免费律师", "法援", "讨薪")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("case-materials", "与所申请法律援助事项有关的证明材料"))
                        .material(Material.of("hardship-statement", "经济困难状况说明表（个人诚信承诺）").optional()
                                .note("因经济困难申请且不属于免予核查情形的提交"))
                        .material(Material.of("exemption-proof", "属于免予核查经济困难状况人员的证明材料").optional()
                                .note("低保、特困、优抚对象，无固定生活来源的未成年人、老年人、残疾人，讨薪、工伤的进城务工人员提交"))
                        .field(FormField.of("matter", "申请事项", FieldType.CHOICE).options(LegalAid.MATTERS))
                        .field(FormField.of("category", "特殊情形", FieldType.CHOICE).options(LegalAid.CATEGORIES))
                        .build(),
                Item.of(MEDIATION, "人民调解申请").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(30, 20).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT)
                        .maxVisits(0)
                        .legalBasis("《中华人民共和国人民调解法》第十七条、第二十三条；《人民调解工作若干规定》")
                        .description("当事人向人民调解委员会申请调解民间纠纷，可线上视频调解；调解不收费。")
                        .keywords("纠纷调解", "调解委员会", "邻里纠纷")
                        .material(CommonMaterials.idCard().note("法人申请的提交营业执照"))
                        .material(Material.of("dispute-statement", "纠纷情况说明及相关证据"))
                        .field(FormField.of("disputeType", "纠纷类型", FieldType.CHOICE)
                                .options("婚姻家庭", "邻里", "合同", "损害赔偿", "劳动", "物业", "其他"))
                        .field(FormField.of("otherPartyRefused", "对方当事人明确拒绝调解", FieldType.BOOLEAN))
                        .field(FormField.of("alreadyAccepted", "纠纷已被人民法院、仲裁机构或行政机关受理或处理", FieldType.BOOLEAN))
                        .build(),
                Item.of(LEGAL_WORKER, "基层法律服务工作者执业核准").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE).maxVisits(1)
                        .legalBasis(WORKER_RULES)
                        .description("经区司法局审查，报市司法局核准，颁发基层法律服务工作者执业证。")
                        .keywords("法律工作者执业证", "法律服务所")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("law-knowledge", "法律职业资格证书或法律专业知识考核合格证明").optional()
                                .reusable("legal-profession-qualification").note("非法律专业本科以上学历的提交"))
                        .material(Material.of("office-consent", "拟执业基层法律服务所同意接收证明"))
                        .material(Material.of("health-proof", "身体健康证明"))
                        .field(FormField.of("education", "学历", FieldType.CHOICE).options(LegalWorkerLicence.EDUCATION))
                        .field(FormField.of("criminalRecord", "刑事处罚记录", FieldType.CHOICE).options(LegalWorkerLicence.RECORDS))
                        .field(FormField.of("dismissedOrRevoked", "曾被开除公职或被吊销执业证书", FieldType.BOOLEAN))
                        .build(),
                Item.of(LEGAL_WORKER_CHANGE, "基层法律服务工作者变更执业机构核准").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(WORKER_RULES)
                        .keywords("法律工作者转所")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("licence", "基层法律服务工作者执业证").reusable(WORKER_LICENCE))
                        .material(Material.of("office-consent", "拟变更执业机构同意接收证明"))
                        .material(Material.of("release", "原执业机构解除聘用证明"))
                        .build(),
                Item.of(LEGAL_OFFICE, "基层法律服务所设立核准").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《基层法律服务所管理办法》")
                        .keywords("法律服务所设立")
                        .material(CommonMaterials.legalRepresentativeId().note("拟任负责人身份证明"))
                        .material(Material.of("charter", "基层法律服务所章程"))
                        .material(Material.of("staff", "拟执业人员名单及执业证"))
                        .material(Material.of("premises", "住所证明"))
                        .material(Material.of("funds-proof", "资产证明"))
                        .build(),
                Item.of(CONSULTATION, "公共法律服务法律咨询").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国法律援助法》第二十二条；《广东省法律援助条例》")
                        .keywords("法律咨询", "12348", "免费咨询")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("question", "咨询问题", FieldType.TEXT).maxLength(1000))
                        .build(),
                Item.of(CORRECTION_LEAVE, "社区矫正对象外出审批").type(ItemType.OTHER_POWER).party(PartyType.PERSON)
                        .limits(3, 1).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(CORRECTION + "第二十七条；《中华人民共和国社区矫正法实施办法》")
                        .description("社区矫正对象因正当理由需离开所居住的市、县的，报社区矫正机构批准；每次外出一般不超过三十日。")
                        .keywords("矫正请假", "外出请假")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("reason-proof", "外出事由证明材料"))
                        .field(FormField.of("reason", "外出事由", FieldType.CHOICE).options(CorrectionLeave.REASONS))
                        .field(FormField.of("destination", "目的地", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("leaveDate", "离开日期", FieldType.DATE))
                        .field(FormField.of("days", "外出天数", FieldType.INTEGER))
                        .field(FormField.of("correctionEnds", "社区矫正期满日期", FieldType.DATE))
                        .build(),
                Item.of(CORRECTION_TRANSFER, "社区矫正对象变更执行地审批").type(ItemType.OTHER_POWER).party(PartyType.PERSON)
                        .limits(5, 3).limitUnit(LimitUnit.NATURAL_DAYS).flags(APPOINTMENT).maxVisits(1)
                        .legalBasis(CORRECTION + "第二十七条；《中华人民共和国社区矫正法实施办法》")
                        .keywords("矫正迁居")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("new-residence", "新执行地居所证明"))
                        .field(FormField.of("newResidence", "新居住地", FieldType.TEXT).maxLength(100))
                        .build(),
                Item.of(PEOPLE_ASSESSOR, "人民陪审员个人申请").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国人民陪审员法》第五条至第七条")
                        .description("公民本人申请担任人民陪审员，司法局会同人民法院、公安机关进行资格审查。")
                        .keywords("陪审员", "人民陪审")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("photo", "近期免冠彩色证件照").form(MaterialForm.ELECTRONIC).reusable("photo"))
                        .field(FormField.of("education", "文化程度", FieldType.CHOICE).options(PeopleAssessor.EDUCATION))
                        .field(FormField.of("occupation", "职业", FieldType.CHOICE).options(PeopleAssessor.OCCUPATIONS))
                        .field(FormField.of("criminalRecord", "受过刑事处罚", FieldType.BOOLEAN))
                        .field(FormField.of("dishonestDebtor", "被纳入失信被执行人名单", FieldType.BOOLEAN))
                        .build(),
                Item.of(RESETTLEMENT, "刑满释放人员安置帮教服务").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(10, 7).flags(ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国监狱法》第三十五条至第三十八条")
                        .keywords("安置帮教", "回归社会")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("release-certificate", "释放证明书").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("need", "帮扶需求", FieldType.CHOICE).options("就业指导", "技能培训", "临时救助", "心理辅导"))
                        .build());
    }
}
