package org.qinqing.hall.dept.social;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.WECHAT;

import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;

/** Benefits: pension transfer and claim, maternity, unemployment, work injury, survivors. */
final class BenefitItems {

    private BenefitItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(SocialItems.PENSION_TRANSFER, "基本养老保险关系转移接续").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(45, 15).flags(ONE_WINDOW, ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(SocialItems.LAW + "第十九条；《城镇企业职工基本养老保险关系转移接续暂行办法》（国办发〔2009〕66号）")
                        .description("跨省流动就业转移养老保险关系。非户籍地参保的男性年满50周岁、女性年满40周岁的，在原参保地保留关系，"
                                + "在新参保地建立临时基本养老保险缴费账户。")
                        .keywords("社保转移", "养老保险转入", "转社保")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("payment-certificate", "基本养老保险参保缴费凭证").optional().note("转入深圳时提交原参保地出具的凭证"))
                        .field(FormField.of("direction", "转移方向", FieldType.CHOICE).options(PensionTransfer.IN, PensionTransfer.OUT))
                        .field(FormField.of("otherRegion", "转出地（转入地）", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("shenzhenHousehold", "是否深圳户籍", FieldType.BOOLEAN))
                        .build(),
                Item.of(SocialItems.PENSION_CLAIM, "基本养老金申领（退休待遇核准）").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, WECHAT, APPOINTMENT).maxVisits(1)
                        .legalBasis(SocialItems.LAW + "第十六条；《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》")
                        .description("达到法定退休年龄（2025年起逐步延迟），累计缴费满最低缴费年限（2030年前为15年，此后每年提高6个月至20年）的，按月领取基本养老金。")
                        .keywords("退休", "养老金", "办退休")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("bank-card", "社会保障卡或银行账户").reusable("social-security-card"))
                        .field(FormField.of("post", "退休前岗位类别", FieldType.CHOICE).options(SocialItems.POSTS))
                        .field(FormField.of("contributionMonths", "累计缴费月数（含视同缴费）", FieldType.INTEGER))
                        .build(),
                Item.of(SocialItems.MATERNITY_ALLOWANCE, "生育津贴申领").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(SocialItems.LAW + "第五十四条、第五十六条；《女职工劳动保护特别规定》第七条；《广东省人口与计划生育条例》")
                        .description("按职工所在用人单位上年度职工月平均工资计发。产假98天，难产增加15天，多胞胎每多生育1个婴儿增加15天；广东省另享受80天奖励假。")
                        .keywords("生育津贴", "产假工资", "生育保险")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("birth-certificate", "出生医学证明").reusable("birth-medical-certificate"))
                        .material(Material.of("dystocia-proof", "难产诊断证明").optional().note("难产的提交"))
                        .field(FormField.of("childbirthDate", "分娩日期", FieldType.DATE))
                        .field(FormField.of("babies", "本次生育婴儿数", FieldType.INTEGER))
                        .field(FormField.of("dystocia", "是否难产", FieldType.BOOLEAN))
                        .field(FormField.of("employerAverageWage", "用人单位上年度职工月平均工资（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(SocialItems.UNEMPLOYMENT_BENEFIT, "失业保险金申领").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(10, 3).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《失业保险条例》第十四条、第十七条、第十八条；《失业保险金申领发放办法》；《广东省失业保险条例》")
                        .description("非因本人意愿中断就业、缴费满1年、已办理失业登记并有求职要求的，按累计缴费时间领取12至24个月，标准为本市最低工资标准的90%。")
                        .keywords("失业金", "领失业金", "失业登记")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("separation-proof", "终止或者解除劳动关系证明"))
                        .field(FormField.of("separationReason", "离职原因", FieldType.CHOICE).options(UnemploymentBenefit.REASONS))
                        .field(FormField.of("separationDate", "劳动关系终止日期", FieldType.DATE))
                        .field(FormField.of("contributionMonths", "失业保险累计缴费月数", FieldType.INTEGER))
                        .field(FormField.of("jobSeeking", "已办理失业登记并有求职要求", FieldType.BOOLEAN))
                        .field(FormField.of("post", "原岗位类别", FieldType.CHOICE).options(SocialItems.POSTS))
                        .build(),
                Item.of(SocialItems.DISABILITY_GRANT, "一次性伤残补助金申领").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《工伤保险条例》第三十五条至第三十七条、第六十四条")
                        .description("按伤残等级以本人工资为基数计发：一级27个月至十级7个月；本人工资低于统筹地区职工平均工资60%的按60%计算，高于300%的按300%计算。")
                        .keywords("工伤赔偿", "伤残补助", "工伤待遇")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("injury-decision", "认定工伤决定书").reusable("work-injury-decision"))
                        .material(Material.of("disability-assessment", "劳动能力鉴定结论书"))
                        .field(FormField.of("grade", "伤残等级", FieldType.CHOICE).options(DisabilityGrant.GRADES))
                        .field(FormField.of("injuryDate", "受伤日期", FieldType.DATE))
                        .field(FormField.of("assessmentDate", "劳动能力鉴定结论作出日期", FieldType.DATE))
                        .field(FormField.of("ownWage", "本人工资（受伤前12个月平均月缴费工资，元）", FieldType.DECIMAL))
                        .field(FormField.of("averageWage", "统筹地区上年度职工月平均工资（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(SocialItems.FUNERAL_GRANT, "丧葬补助金、抚恤金申领").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(SocialItems.LAW + "第十七条")
                        .description("参加基本养老保险的个人因病或者非因工死亡的，其遗属申领丧葬补助金和抚恤金。")
                        .keywords("丧葬费", "抚恤金", "遗属待遇")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("death-proof", "死亡证明或火化证明"))
                        .material(Material.of("kinship-proof", "与死者关系证明"))
                        .field(FormField.of("deceasedId", "死者身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("deathDate", "死亡日期", FieldType.DATE))
                        .build());
    }
}
