package org.qinqing.hall.dept.planning;

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
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** 不动产登记 at the Nanshan registration window: first, transfer, mortgage, correction, reissue, queries. */
final class RealEstateItems {
    static final String BASIS = PlanningItems.REGISTRATION_RULES + "第二十条；" + PlanningItems.REGISTRATION_DETAILS;

    private RealEstateItems() {
    }

    private static Material.Builder certificate() {
        return Material.of("property-certificate", "不动产权证书").reusable(PlanningItems.PROPERTY_CERTIFICATE_KIND);
    }

    private static Material.Builder applicantId() {
        return Material.of("applicant-id", "申请人身份证明（身份证或营业执照）");
    }

    static List<Item> all() {
        return List.of(
                Item.of(PlanningItems.FIRST_REGISTRATION, "国有建设用地使用权及房屋所有权首次登记").type(ItemType.CONFIRMATION)
                        .party(PartyType.ENTERPRISE).limits(30, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国民法典》第二百零九条；" + BASIS)
                        .description("新建房屋经规划条件核实和竣工验收后，建设单位申请房屋所有权首次登记（大确权）。登记机构自受理之日起30个工作日内办结。")
                        .keywords("大确权", "首次登记", "初始登记")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("land-certificate", "国有建设用地使用权不动产权证书").reusable(PlanningItems.PROPERTY_CERTIFICATE_KIND))
                        .material(Material.of("verification", "建设工程规划验收合格证明").reusable(PlanningItems.VERIFICATION_KIND))
                        .material(Material.of("completion-filing", "建设工程竣工验收备案证明"))
                        .material(Material.of("survey-report", "房屋面积测绘报告").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("project", "项目名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("units", "登记房屋套数", FieldType.INTEGER))
                        .build(),
                Item.of(PlanningItems.TRANSFER_REGISTRATION, "不动产转移登记").type(ItemType.CONFIRMATION).party(PartyType.BOTH)
                        .limits(30, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国民法典》第二百零九条；《中华人民共和国契税法》第十条、第十一条；" + BASIS)
                        .description("买卖、赠与、互换、继承等转移登记。买卖、赠与、互换的，登记前缴纳契税，登记机构查验契税完税凭证；法定继承人继承的免征契税。")
                        .keywords("过户", "二手房过户", "房产过户", "继承过户")
                        .material(applicantId())
                        .material(certificate())
                        .material(Material.of("transfer-proof", "买卖合同、赠与合同或继承公证书、生效法律文书"))
                        .material(Material.of("deed-tax", "契税完税凭证").optional().note("买卖、赠与、互换的提交"))
                        .field(FormField.of("transferType", "转移原因", FieldType.CHOICE).options(TransferRegistration.TYPES))
                        .field(FormField.of("price", "成交价格（元）", FieldType.DECIMAL).optional())
                        .field(FormField.of("seized", "不动产是否被查封", FieldType.BOOLEAN))
                        .build(),
                Item.of(PlanningItems.MORTGAGE_REGISTRATION, "不动产抵押权首次登记").type(ItemType.CONFIRMATION).party(PartyType.BOTH)
                        .limits(30, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国民法典》第三百九十五条、第三百九十九条、第四百零二条；" + BASIS)
                        .description("以建筑物和其他土地附着物、建设用地使用权等抵押的，应当办理抵押登记，抵押权自登记时设立。依法被查封的财产、权属有争议的财产、公益设施等不得抵押。")
                        .keywords("抵押登记", "房产抵押", "按揭登记")
                        .material(applicantId())
                        .material(certificate())
                        .material(Material.of("mortgage-contract", "抵押合同及主债权合同"))
                        .field(FormField.of("propertyStatus", "抵押财产状况", FieldType.CHOICE).options(MortgageRegistration.STATUSES))
                        .field(FormField.of("debtAmount", "被担保主债权数额（元）", FieldType.DECIMAL))
                        .field(FormField.of("debtStart", "债务履行期限起", FieldType.DATE))
                        .field(FormField.of("debtEnd", "债务履行期限止", FieldType.DATE))
                        .build(),
                Item.of(PlanningItems.MORTGAGE_CANCELLATION, "不动产抵押权注销登记").type(ItemType.CONFIRMATION).party(PartyType.BOTH)
                        .limits(30, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(BASIS)
                        .description("主债权消灭或抵押权人放弃抵押权的，由抵押权人（银行）通过线上系统申请注销，无需到场。")
                        .keywords("解押", "抵押注销", "还清房贷")
                        .material(Material.of("mortgage-proof", "不动产登记证明（抵押权）").reusable("mortgage-certificate"))
                        .material(Material.of("discharge-proof", "主债权消灭或放弃抵押权的证明").form(MaterialForm.ELECTRONIC))
                        .build(),
                Item.of(PlanningItems.RECORDS_QUERY, "不动产登记资料查询").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(PlanningItems.REGISTRATION_RULES + "第二十七条；《不动产登记资料查询暂行办法》")
                        .description("权利人可以查询、复制其不动产登记资料；利害关系人凭利害关系证明查询不动产的自然状况、权利人姓名或名称、查封抵押等情况。")
                        .keywords("查房产", "产权查询", "查档")
                        .material(Material.of("interest-proof", "利害关系证明材料").optional().note("利害关系人查询时提交"))
                        .field(FormField.of("role", "查询人身份", FieldType.CHOICE).options(RecordsQuery.HOLDER, RecordsQuery.INTERESTED))
                        .field(FormField.of("property", "不动产坐落或不动产单元号", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("purpose", "查询目的", FieldType.TEXT).maxLength(100))
                        .build(),
                Item.of(PlanningItems.PROPERTY_STATUS, "个人名下不动产权属状况证明").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(PlanningItems.REGISTRATION_RULES + "第二十七条；《不动产登记资料查询暂行办法》")
                        .description("出具本人（及配偶）在本市名下不动产登记情况的证明（俗称无房证明），用于购房资格、人才住房、子女入学等。")
                        .keywords("无房证明", "房产证明", "名下房产")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("spouse-authorisation", "配偶授权书").optional().note("同时查询配偶名下不动产的提交"))
                        .field(FormField.of("purpose", "用途", FieldType.CHOICE).options("购房资格审核", "人才住房申请", "子女入学", "其他"))
                        .field(FormField.of("includeSpouse", "是否同时查询配偶", FieldType.BOOLEAN))
                        .field(FormField.of("spouseId", "配偶身份证号码", FieldType.RESIDENT_ID).optional())
                        .build(),
                Item.of(PlanningItems.CERTIFICATE_REISSUE, "不动产权证书补发").type(ItemType.CONFIRMATION).party(PartyType.BOTH)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(PlanningItems.REGISTRATION_DETAILS + "第二十二条")
                        .description("不动产权属证书遗失、灭失的，登记机构在门户网站刊发遗失、灭失声明15个工作日后予以补发。")
                        .keywords("房产证遗失", "补办房产证")
                        .material(applicantId())
                        .material(Material.of("loss-statement", "遗失、灭失声明"))
                        .field(FormField.of("reason", "补发原因", FieldType.CHOICE).options("遗失", "灭失"))
                        .field(FormField.of("noticeDate", "遗失声明刊发日期", FieldType.DATE))
                        .build(),
                Item.of(PlanningItems.CORRECTION, "不动产更正登记").type(ItemType.CONFIRMATION).party(PartyType.BOTH)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国民法典》第二百二十条；" + PlanningItems.REGISTRATION_DETAILS)
                        .description("权利人、利害关系人认为不动产登记簿记载的事项错误的，可以申请更正登记。")
                        .keywords("更正登记", "登记错误")
                        .material(applicantId())
                        .material(certificate())
                        .material(Material.of("error-proof", "证明登记确有错误的材料"))
                        .field(FormField.of("wrongEntry", "登记错误事项", FieldType.TEXT).maxLength(200))
                        .build());
    }
}
