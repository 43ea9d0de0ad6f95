package org.qinqing.hall.dept.tax;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.INSTANT_APPROVAL;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.VIP;
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

/** Items for enterprises: registration, invoices, declarations, clearance, deferral, cross-region reports. */
final class EnterpriseTaxItems {
    static final String LEVY_LAW = "《中华人民共和国税收征收管理法》";

    private EnterpriseTaxItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(TaxItems.NEW_TAXPAYER, "新办纳税人涉税事项（信息确认、发票领用）").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(LEVY_LAW + "第十五条；《中华人民共和国发票管理办法》；《国家税务总局关于新办纳税人首次申领增值税发票有关事项的公告》")
                        .description("领取营业执照后确认登记信息、存款账户、办税人员，核定票种并首次领用发票（新办纳税人套餐）。"
                                + "首次领用增值税专用发票每月不超过25份，普通发票每月不超过50份，单份最高开票限额不超过10万元。")
                        .keywords("税务报到", "新办企业套餐", "领发票", "税务登记", "多证合一")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("tax-officer-id", "办税人员身份证件").reusable(CommonMaterials.ID_CARD))
                        .field(FormField.of("taxpayerType", "纳税人类型", FieldType.CHOICE).options(NewTaxpayer.SMALL_SCALE, NewTaxpayer.GENERAL))
                        .field(FormField.of("taxOfficerId", "办税人员身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("taxOfficerPhone", "办税人员联系电话", FieldType.PHONE))
                        .field(FormField.of("specialInvoices", "增值税专用发票每月领用份数", FieldType.INTEGER))
                        .field(FormField.of("ordinaryInvoices", "增值税普通发票每月领用份数", FieldType.INTEGER))
                        .field(FormField.of("invoiceLimit", "单份发票最高开票限额", FieldType.CHOICE).options(InvoiceLimit.LIMITS))
                        .build(),
                Item.of(TaxItems.GENERAL_TAXPAYER, "增值税一般纳税人登记").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(1, 0).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国增值税法》；《增值税一般纳税人登记管理办法》")
                        .description("年应征增值税销售额超过500万元的应当登记；未超过但会计核算健全、能够提供准确税务资料的可以登记。")
                        .keywords("一般纳税人", "转一般纳税人")
                        .material(CommonMaterials.businessLicence())
                        .field(FormField.of("annualSales", "年应征增值税销售额（元）", FieldType.DECIMAL))
                        .field(FormField.of("accountingSound", "会计核算是否健全", FieldType.BOOLEAN))
                        .field(FormField.of("effectiveFrom", "一般纳税人资格生效之日", FieldType.CHOICE).options(GeneralTaxpayer.EFFECTIVE))
                        .build(),
                Item.of(TaxItems.INVOICE_LIMIT, "增值税专用发票（增值税税控系统）最高开票限额审批").type(ItemType.LICENSING)
                        .party(PartyType.ENTERPRISE).limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）；《中华人民共和国发票管理办法》")
                        .description("最高开票限额十万元以上的，主管税务机关实地查验后作出决定。")
                        .keywords("开票限额", "百万版", "千万版", "提额")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("sales-contracts", "近期购销合同").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("site-inspection", "实地查验记录").optional().note("申请十万元以上限额时由税务机关出具"))
                        .field(FormField.of("invoiceLimit", "申请最高开票限额", FieldType.CHOICE).options(InvoiceLimit.LIMITS))
                        .field(FormField.of("annualSales", "预计年销售额（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(TaxItems.TAX_CLEARANCE, "清税申报（注销税务登记）").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(LEVY_LAW + "第十六条；《中华人民共和国税收征收管理法实施细则》")
                        .description("结清应纳税款、滞纳金、罚款，缴销发票后出具清税证明，供办理注销登记使用。")
                        .keywords("清税证明", "税务注销", "注销公司")
                        .material(CommonMaterials.businessLicence())
                        .field(FormField.of("unpaidTax", "欠缴税款、滞纳金、罚款合计（元）", FieldType.DECIMAL))
                        .field(FormField.of("unusedInvoices", "未缴销发票份数", FieldType.INTEGER))
                        .field(FormField.of("pendingCases", "是否有未结税务稽查案件", FieldType.BOOLEAN))
                        .build(),
                Item.of(TaxItems.VAT_DECLARATION, "增值税及附加税费申报").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国增值税法》；" + LEVY_LAW + "第二十五条")
                        .description("以1个月或1个季度为纳税期的，自期满之日起15日内申报纳税。")
                        .keywords("报税", "增值税申报", "附加税")
                        .field(FormField.of("period", "所属期", FieldType.TEXT).maxLength(20))
                        .field(FormField.of("sales", "销售额（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(TaxItems.DEFERRED_PAYMENT, "延期缴纳税款核准").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis(LEVY_LAW + "第三十一条；《中华人民共和国税收征收管理法实施细则》第四十一条、第四十二条")
                        .description("因不可抗力或当期货币资金不足以缴纳税款等特殊困难，在缴纳期限届满前申请，最长不超过3个月。")
                        .keywords("延期缴税", "缓缴")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("bank-statements", "当期货币资金余额情况及银行对账单"))
                        .material(Material.of("balance-sheet", "资产负债表"))
                        .material(Material.of("loss-proof", "不可抗力造成损失的证明").optional().note("因不可抗力申请时提交"))
                        .field(FormField.of("reason", "申请理由", FieldType.CHOICE).options(DeferredPayment.FORCE_MAJEURE, DeferredPayment.NO_FUNDS))
                        .field(FormField.of("taxDue", "应缴税款（元）", FieldType.DECIMAL))
                        .field(FormField.of("dueDate", "原缴纳期限", FieldType.DATE))
                        .field(FormField.of("months", "申请延期月数", FieldType.INTEGER))
                        .field(FormField.of("funds", "当期货币资金（元）", FieldType.DECIMAL))
                        .field(FormField.of("payroll", "应付职工工资和社会保险费（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(TaxItems.CROSS_REGION, "跨区域涉税事项报告").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(1, 0).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》")
                        .description("到深圳市以外临时从事生产经营的，向机构所在地税务机关报告，有效期为合同执行期限。")
                        .keywords("外经证", "外出经营", "跨区域报验")
                        .field(FormField.of("destinationRegion", "经营地行政区划代码", FieldType.TEXT).maxLength(6))
                        .field(FormField.of("contractStart", "合同开始日期", FieldType.DATE))
                        .field(FormField.of("contractEnd", "合同结束日期", FieldType.DATE))
                        .field(FormField.of("contractAmount", "合同金额（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(TaxItems.EXPORT_REFUND_FILING, "出口退（免）税备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国增值税法》；《出口货物劳务增值税和消费税管理办法》")
                        .keywords("出口退税", "退税备案")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("foreign-trade-filing", "对外贸易经营者备案登记或进出口权证明"))
                        .field(FormField.of("customsCode", "海关企业代码", FieldType.TEXT).maxLength(10))
                        .build(),
                Item.of(TaxItems.IIT_WITHHOLDING, "个人所得税扣缴申报").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国个人所得税法》第九条、第十一条")
                        .keywords("代扣代缴", "工资个税")
                        .field(FormField.of("period", "所属期", FieldType.TEXT).maxLength(20))
                        .field(FormField.of("employees", "扣缴人数", FieldType.INTEGER))
                        .build());
    }
}
