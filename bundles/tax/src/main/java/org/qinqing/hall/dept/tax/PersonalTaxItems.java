package org.qinqing.hall.dept.tax;

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

/** Items for persons (or for anyone): income tax settlement, certificates, vehicle purchase tax, refunds. */
final class PersonalTaxItems {

    private PersonalTaxItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(TaxItems.IIT_SETTLEMENT, "个人所得税综合所得年度汇算").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国个人所得税法》第十条、第十一条；《财政部 税务总局关于个人所得税综合所得汇算清缴涉及有关政策问题的公告》")
                        .description("取得综合所得的次年3月1日至6月30日办理。需补税但全年综合所得收入不超过12万元，或补税金额不超过400元的，免于补税。")
                        .keywords("个税汇算", "个税退税", "年度汇算")
                        .field(FormField.of("taxYear", "汇算年度", FieldType.INTEGER))
                        .field(FormField.of("income", "综合所得年收入额（元）", FieldType.DECIMAL))
                        .field(FormField.of("taxPayable", "全年应纳税额（元）", FieldType.DECIMAL))
                        .field(FormField.of("taxPrepaid", "已预缴税额（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(TaxItems.PAYMENT_CERTIFICATE, "开具税收完税证明").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《税收票证管理办法》")
                        .description("开具纳税人指定期间已缴税款的税收完税证明（文书式）。")
                        .keywords("完税证明", "纳税证明", "个税证明")
                        .field(FormField.of("periodStart", "税款所属期起", FieldType.DATE))
                        .field(FormField.of("periodEnd", "税款所属期止", FieldType.DATE))
                        .field(FormField.of("purpose", "用途", FieldType.TEXT).maxLength(100))
                        .build(),
                Item.of(TaxItems.RESIDENCE_CERTIFICATE, "开具《中国税收居民身份证明》").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(10, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国个人所得税法》第一条；《中华人民共和国企业所得税法》第二条；"
                                + "《国家税务总局关于开具〈中国税收居民身份证明〉有关事项的公告》")
                        .description("为享受税收协定待遇，向缔约对方税务主管当局证明中国税收居民身份。")
                        .keywords("税收居民证明", "税收协定")
                        .material(Material.of("treaty-proof", "拟享受协定待遇的收入证明或合同").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("year", "证明年度", FieldType.INTEGER))
                        .field(FormField.of("treatyCountry", "缔约对方国家（地区）", FieldType.TEXT).maxLength(40))
                        .field(FormField.of("domiciled", "在中国境内是否有住所", FieldType.BOOLEAN).optional())
                        .field(FormField.of("daysInChina", "该年度在中国境内居住天数", FieldType.INTEGER).optional())
                        .build(),
                Item.of(TaxItems.VEHICLE_PURCHASE_TAX, "车辆购置税申报").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国车辆购置税法》第四条、第六条、第十二条；"
                                + "《财政部 税务总局 工业和信息化部关于延续和优化新能源汽车车辆购置税减免政策的公告》")
                        .description("自购买之日起60日内申报，税率10%，计税价格不含增值税。2026年至2027年购置的列入目录的新能源汽车减半征收，每辆减税额不超过1.5万元。")
                        .keywords("购置税", "买车交税", "新能源车免税")
                        .material(Material.of("vehicle-invoice", "机动车销售统一发票").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("certificate-of-conformity", "车辆合格证").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("purchaseDate", "购车日期（发票开具日期）", FieldType.DATE))
                        .field(FormField.of("invoicePrice", "发票价税合计金额（元）", FieldType.DECIMAL))
                        .field(FormField.of("newEnergy", "是否列入免征（减征）车辆购置税的新能源汽车车型目录", FieldType.BOOLEAN))
                        .build(),
                Item.of(TaxItems.INVOICE_AGENCY, "代开增值税发票").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国发票管理办法》；《中华人民共和国增值税法》")
                        .keywords("代开发票", "个人开发票")
                        .material(Material.of("contract", "合同或交易凭证").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("buyer", "购买方名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("amount", "金额（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(TaxItems.REFUND, "退还多缴税款").type(ItemType.OTHER_POWER).party(PartyType.BOTH)
                        .limits(30, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国税收征收管理法》第五十一条；《中华人民共和国税收征收管理法实施细则》第七十八条")
                        .description("自结算缴纳税款之日起三年内发现多缴的，可以要求退还；税务机关自接到申请之日起30日内查实并办理退还。")
                        .keywords("退税", "多缴税款")
                        .material(Material.of("payment-proof", "原完税凭证").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("paymentDate", "缴纳税款日期", FieldType.DATE))
                        .field(FormField.of("amountPaid", "已缴税款（元）", FieldType.DECIMAL))
                        .field(FormField.of("refundAmount", "申请退还金额（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(TaxItems.FIXED_QUOTA, "个体工商户定期定额核定").type(ItemType.OTHER_POWER).party(PartyType.PERSON)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国税收征收管理法》第三十五条；《个体工商户税收定期定额征收管理办法》")
                        .keywords("定额", "个体户交税")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.businessLicence())
                        .field(FormField.of("monthlySales", "预估月经营额（元）", FieldType.DECIMAL))
                        .build());
    }
}
