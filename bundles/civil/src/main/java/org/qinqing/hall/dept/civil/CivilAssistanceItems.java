package org.qinqing.hall.dept.civil;

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

/** Social assistance and elderly benefits of 南山区民政局. */
final class CivilAssistanceItems {
    static final String MINIMUM_LIVING = "civil-minimum-living-allowance";
    static final String SPECIAL_HARDSHIP = "civil-special-hardship-support";
    static final String TEMPORARY_ASSISTANCE = "civil-temporary-assistance";
    static final String DISABILITY_SUBSIDY = "civil-disability-subsidy";
    static final String ELDERLY_ALLOWANCE = "civil-elderly-allowance";
    static final String SENIOR_CARD = "civil-senior-card";

    /** Vault kind of the 最低生活保障证, reused by education and other departments. */
    static final String SUBSISTENCE = "subsistence-allowance-certificate";
    static final String[] HUKOU = {"深圳市户籍", "非深圳市户籍"};

    private static final String ASSISTANCE = "《社会救助暂行办法》";

    private CivilAssistanceItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(MINIMUM_LIVING, "最低生活保障申请").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(ASSISTANCE + "第九条至第十三条；《最低生活保障审核确认办法》")
                        .description("共同生活的家庭成员人均月收入低于本市最低生活保障标准，且财产状况符合规定的户籍家庭，按差额发放低保金。")
                        .keywords("低保", "低保金", "困难家庭")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("income-declaration", "家庭收入、财产状况申报及授权核对书").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("hukou", "户籍", FieldType.CHOICE).options(HUKOU))
                        .field(FormField.of("members", "共同生活家庭成员人数", FieldType.INTEGER))
                        .field(FormField.of("monthlyIncome", "家庭月总收入（元）", FieldType.DECIMAL))
                        .field(FormField.of("propertyWithinLimit", "家庭财产符合本市低保财产规定", FieldType.BOOLEAN))
                        .build(),
                Item.of(SPECIAL_HARDSHIP, "特困人员救助供养申请").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(ASSISTANCE + "第十四条至第十九条；《特困人员认定办法》")
                        .description("无劳动能力、无生活来源且无法定赡养、抚养、扶养义务人或者其义务人无履行能力的老年人、残疾人以及未满16周岁的未成年人。")
                        .keywords("五保", "特困供养")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("disability-card", "中华人民共和国残疾人证").optional().reusable("disability-card")
                                .note("以残疾人身份申请的提交"))
                        .field(FormField.of("category", "申请人类别", FieldType.CHOICE).options(SpecialHardship.CATEGORIES))
                        .field(FormField.of("noWorkingCapacityOrIncome", "无劳动能力且无生活来源", FieldType.BOOLEAN))
                        .field(FormField.of("noCapableSupporter", "无法定赡养、抚养、扶养义务人或义务人无履行能力", FieldType.BOOLEAN))
                        .field(FormField.of("careMode", "供养方式", FieldType.CHOICE).options("分散供养", "集中供养"))
                        .build(),
                Item.of(TEMPORARY_ASSISTANCE, "临时救助申请").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(15, 5).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(ASSISTANCE + "第四十七条至第五十条")
                        .keywords("急难救助", "临时困难")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("medical-proof", "医疗诊断证明及医疗费用票据").optional().note("因突发重大疾病申请的提交"))
                        .material(Material.of("accident-proof", "火灾、交通事故等意外事件证明").optional().note("因意外事件申请的提交"))
                        .field(FormField.of("cause", "困难原因", FieldType.CHOICE).options(TemporaryAssistance.CAUSES))
                        .field(FormField.of("eventDate", "困难发生日期", FieldType.DATE))
                        .field(FormField.of("members", "家庭成员人数", FieldType.INTEGER))
                        .build(),
                Item.of(DISABILITY_SUBSIDY, "困难残疾人生活补贴和重度残疾人护理补贴申请").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）")
                        .keywords("残疾人两项补贴", "护理补贴")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("disability-card", "中华人民共和国残疾人证（第二代）").reusable("disability-card"))
                        .material(Material.of("subsistence-proof", "最低生活保障证").optional().reusable(SUBSISTENCE)
                                .note("申请困难残疾人生活补贴的提交"))
                        .field(FormField.of("subsidy", "补贴类别", FieldType.CHOICE).options(DisabilitySubsidy.LIVING, DisabilitySubsidy.CARE))
                        .field(FormField.of("grade", "残疾等级", FieldType.CHOICE).options(DisabilitySubsidy.GRADES))
                        .build(),
                Item.of(ELDERLY_ALLOWANCE, "高龄老人津贴申领").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国老年人权益保障法》；《广东省老年人权益保障条例》；深圳市高龄老人津贴政策")
                        .keywords("高龄津贴", "长寿金", "老人补贴")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("bank-account", "本人银行账户信息").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("hukou", "户籍", FieldType.CHOICE).options(HUKOU))
                        .build(),
                Item.of(SENIOR_CARD, "老年人优待证办理").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国老年人权益保障法》；《广东省老年人权益保障条例》")
                        .keywords("老人证", "敬老卡", "长者卡")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("photo", "近期免冠彩色证件照").form(MaterialForm.ELECTRONIC).reusable("photo"))
                        .build());
    }
}
