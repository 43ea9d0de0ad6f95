package org.qinqing.hall.dept.social;

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

/** Persons: flexible employment enrolment, records, medical costs, off-site care, the card, certification. */
final class PersonalItems {

    private PersonalItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(SocialItems.FLEXIBLE_ENROLMENT, "灵活就业人员参保登记").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(SocialItems.LAW + "第十条、第二十三条")
                        .description("无雇工的个体工商户、未在用人单位参加社会保险的非全日制从业人员以及其他灵活就业人员，可以参加基本养老保险和基本医疗保险。")
                        .keywords("自由职业社保", "个人参保", "灵活就业")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("post", "参照岗位类别", FieldType.CHOICE).options(SocialItems.POSTS))
                        .field(FormField.of("contributionBase", "缴费基数（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(SocialItems.PERSONAL_RECORD, "个人参保证明查询打印").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(SocialItems.LAW + "第七十四条")
                        .description("打印个人参保缴费明细，用于积分入户、购房、子女入学等。")
                        .keywords("社保证明", "参保证明", "社保清单")
                        .field(FormField.of("from", "起始年月", FieldType.DATE))
                        .field(FormField.of("to", "截止年月", FieldType.DATE))
                        .build(),
                Item.of(SocialItems.MEDICAL_REIMBURSEMENT, "医疗费用零星报销").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE).maxVisits(1)
                        .legalBasis(SocialItems.LAW + "第二十八条、第二十九条；《深圳市社会医疗保险办法》")
                        .description("未能直接结算的医疗费用申请报销；在市外未办理异地就医备案就医的，仅急诊、抢救费用可以报销。")
                        .keywords("医保报销", "异地就医报销", "手工报销")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("invoices", "医疗费用收据及费用明细").form(MaterialForm.ORIGINAL))
                        .material(Material.of("medical-records", "门诊病历或出院小结"))
                        .material(Material.of("emergency-proof", "急诊、抢救证明").optional().note("在市外未备案就医的提交"))
                        .field(FormField.of("place", "就医情形", FieldType.CHOICE).options(MedicalReimbursement.PLACES))
                        .field(FormField.of("treatmentDate", "就医日期", FieldType.DATE))
                        .field(FormField.of("amount", "医疗费用总额（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(SocialItems.OFFSITE_MEDICAL_FILING, "异地就医备案").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(SocialItems.LAW + "第二十九条；《国家医疗保障局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》")
                        .description("异地长期居住人员和临时外出就医人员办理备案后在就医地直接结算；临时外出就医备案有效期不少于6个月。")
                        .keywords("异地医保", "跨省就医", "医保备案")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("residence-proof", "异地居住证明或个人承诺书").optional().reusable("residence-proof")
                                .note("异地长期居住人员提交"))
                        .field(FormField.of("category", "备案类别", FieldType.CHOICE).options(OffsiteMedicalFiling.LONG_TERM, OffsiteMedicalFiling.TEMPORARY))
                        .field(FormField.of("destinationRegion", "就医地行政区划代码", FieldType.TEXT).maxLength(6))
                        .field(FormField.of("startDate", "备案开始日期", FieldType.DATE))
                        .build(),
                Item.of(SocialItems.SOCIAL_SECURITY_CARD, "社会保障卡申领").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(SocialItems.LAW + "第五十八条；《社会保险经办条例》")
                        .description("参保人申领社会保障卡，服务网点即时制卡。")
                        .keywords("社保卡", "补卡", "电子社保卡")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("photo", "近期免冠彩色证件照").form(MaterialForm.ELECTRONIC).reusable("photo"))
                        .build(),
                Item.of(SocialItems.PENSION_CERTIFICATION, "领取养老金人员资格认证").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(SocialItems.LAW + "；《社会保险经办条例》")
                        .description("通过人脸识别等方式每年确认一次领取资格，不需到窗口。")
                        .keywords("养老金认证", "生存认证", "刷脸认证")
                        .material(Material.of("face", "人脸识别结果").form(MaterialForm.ELECTRONIC))
                        .build());
    }
}
