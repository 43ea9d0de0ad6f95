package org.qinqing.hall.dept.finance;

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

/** The items of 南山区财政局. */
final class FinanceItems {
    static final String COMPLAINT = "finance-procurement-complaint";
    static final String CPE = "finance-accountant-cpe";
    static final String BILLS = "finance-fiscal-bills";
    static final String REFUND = "finance-non-tax-refund";
    static final String BOOKKEEPING = "finance-bookkeeping-licence";
    static final String EXAM = "finance-accounting-exam-review";
    static final String REGISTRATION = "finance-accountant-registration";
    static final String ASSET = "finance-state-asset-disposal";

    /** Vault kind of the bookkeeping agency licence. */
    static final String BOOKKEEPING_LICENCE = "bookkeeping-licence";
    /** Vault kind of the accounting professional qualification certificate. */
    static final String ACCOUNTING_QUALIFICATION = "accounting-qualification";

    private FinanceItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(COMPLAINT, "政府采购供应商投诉处理").type(ItemType.RULING).party(PartyType.ENTERPRISE)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国政府采购法》第五十五条、第五十六条；《政府采购质疑和投诉办法》（财政部令第94号）")
                        .description("参加区级政府采购活动的供应商，对采购人、采购代理机构的质疑答复不满意或者其未在规定时间内答复的，"
                                + "可以在答复期满后15个工作日内向区财政局投诉。")
                        .keywords("采购投诉", "政府采购", "质疑")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("complaint-letter", "投诉书"))
                        .material(Material.of("challenge-letter", "质疑函及质疑答复（未答复的提供质疑函送达证明）"))
                        .material(CommonMaterials.agentAuthorisation())
                        .field(FormField.of("projectName", "采购项目名称", FieldType.TEXT).maxLength(120))
                        .field(FormField.of("projectNumber", "采购项目编号", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("procurementLevel", "采购项目级别", FieldType.CHOICE).options(ProcurementComplaint.LEVELS))
                        .field(FormField.of("challenged", "是否已依法提出质疑", FieldType.BOOLEAN))
                        .field(FormField.of("challengeDate", "提出质疑日期", FieldType.DATE).optional())
                        .field(FormField.of("replyDate", "收到质疑答复日期", FieldType.DATE).optional())
                        .build(),
                Item.of(CPE, "会计专业技术人员继续教育学分登记").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(10, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国会计法》；《会计专业技术人员继续教育规定》（财政部、人力资源社会保障部）")
                        .description("会计专业技术人员登记年度继续教育学分，每年不少于90学分，其中专业科目不少于三分之二。")
                        .keywords("会计继续教育", "学分", "会计人员")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("cpe-records", "继续教育学习记录（培训证明或在线学习记录）").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("year", "学分年度", FieldType.INTEGER))
                        .field(FormField.of("totalCredits", "取得总学分", FieldType.INTEGER))
                        .field(FormField.of("professionalCredits", "其中专业科目学分", FieldType.INTEGER))
                        .build(),
                Item.of(BILLS, "财政票据领购").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《财政票据管理办法》（财政部令第70号）")
                        .description("区属行政事业单位和社会团体按“验旧购新”原则领购财政票据（含财政电子票据赋码），每次领购量不超过3个月用量。")
                        .keywords("财政票据", "非税票据", "捐赠票据", "电子票据")
                        .material(Material.of("bill-card", "财政票据领购证").reusable("fiscal-bill-card").optional()
                                .note("再次领购时提交"))
                        .material(Material.of("charge-basis", "收费或资金往来依据（立项批准文件、收费文件或捐赠资格文件）").optional()
                                .note("首次领购时提交"))
                        .material(Material.of("verification", "上次领用票据使用情况及核销记录").optional().note("再次领购时提交"))
                        .field(FormField.of("billType", "票据种类", FieldType.CHOICE).options("非税收入通用票据", "非税收入一般缴款书",
                                "公益事业捐赠票据", "资金往来结算票据"))
                        .field(FormField.of("firstTime", "是否首次领购", FieldType.BOOLEAN))
                        .field(FormField.of("previousVerified", "上次领用票据是否已全部核销", FieldType.BOOLEAN))
                        .field(FormField.of("monthlyUsage", "近3个月平均月使用量（份）", FieldType.INTEGER))
                        .field(FormField.of("quantity", "本次领购数量（份）", FieldType.INTEGER))
                        .build(),
                Item.of(REFUND, "非税收入退付").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(15, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《政府非税收入管理办法》（财政部）")
                        .description("缴款人多缴、误缴或依法减免、撤销的非税收入，经执收单位审核后由财政部门退付至缴款人账户。")
                        .keywords("退费", "非税收入", "多缴退付")
                        .material(Material.of("payer-id", "缴款人身份证明（个人提交身份证，单位提交营业执照或法人证书）"))
                        .material(Material.of("payment-receipt", "非税收入缴款凭证"))
                        .material(Material.of("collector-opinion", "执收单位退付审核意见"))
                        .field(FormField.of("paymentNumber", "缴款书编号", FieldType.TEXT).maxLength(40))
                        .field(FormField.of("paymentDate", "缴款日期", FieldType.DATE))
                        .field(FormField.of("paidAmount", "已缴金额（元）", FieldType.DECIMAL))
                        .field(FormField.of("refundAmount", "申请退付金额（元）", FieldType.DECIMAL))
                        .field(FormField.of("reason", "退付原因", FieldType.CHOICE).options(NonTaxRefund.REASONS))
                        .field(FormField.of("account", "退付账户（开户行及账号）", FieldType.TEXT).maxLength(100))
                        .build(),
                Item.of(BOOKKEEPING, "代理记账机构设立审批").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(10, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国会计法》第三十六条；《代理记账管理办法》（财政部）")
                        .description("从事代理记账业务的企业须取得代理记账许可：专职从业人员不少于3名，主管代理记账业务的负责人为专职人员且具有会计师"
                                + "以上专业技术职务资格或从事会计工作不少于3年，有健全的代理记账业务内部规范。")
                        .keywords("代理记账", "记账许可", "财务代理")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("staff-list", "专职从业人员名单、身份证明及劳动合同"))
                        .material(Material.of("supervisor-proof", "主管代理记账业务负责人的会计专业技术资格证书或从业经历证明")
                                .reusable(ACCOUNTING_QUALIFICATION))
                        .material(Material.of("internal-rules", "代理记账业务内部规范"))
                        .field(FormField.of("fullTimeStaff", "专职从业人员数（人）", FieldType.INTEGER))
                        .field(FormField.of("supervisorId", "主管负责人身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("supervisorTitle", "主管负责人会计专业技术资格", FieldType.CHOICE).options(BookkeepingLicence.TITLES))
                        .field(FormField.of("supervisorYears", "主管负责人从事会计工作年限", FieldType.INTEGER))
                        .field(FormField.of("supervisorFullTime", "主管负责人是否为专职从业人员", FieldType.BOOLEAN))
                        .build(),
                Item.of(EXAM, "会计专业技术资格考试报名资格审核").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《会计专业技术资格考试暂行规定》；《关于深化会计人员职称制度改革的指导意见》（人力资源社会保障部、财政部）")
                        .description("报考初级、中级会计专业技术资格考试的人员，学历和会计工作年限须经审核；需现场核验学历原件的，预约到窗口办理。")
                        .keywords("会计职称", "会计考试", "初级会计", "中级会计")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("work-proof", "从事会计工作年限证明").optional().note("报考中级资格时提交"))
                        .field(FormField.of("level", "报考级别", FieldType.CHOICE).options("初级", "中级"))
                        .field(FormField.of("education", "最高学历", FieldType.CHOICE).options(AccountingExam.EDUCATION))
                        .field(FormField.of("accountingYears", "从事会计工作年限", FieldType.INTEGER))
                        .build(),
                Item.of(REGISTRATION, "会计人员信息采集").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国会计法》；《会计人员管理办法》（财政部）")
                        .description("从事会计工作的人员登记个人信息、学历、会计专业技术资格和任职单位，纳入会计人员信息库。")
                        .keywords("会计信息采集", "会计人员登记", "会计从业")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("qualification", "会计专业技术资格证书").reusable(ACCOUNTING_QUALIFICATION).optional()
                                .note("取得会计专业技术资格的提交"))
                        .field(FormField.of("employerCode", "任职单位统一社会信用代码", FieldType.CREDIT_CODE))
                        .field(FormField.of("qualification", "会计专业技术资格", FieldType.CHOICE).options(BookkeepingLicence.TITLES))
                        .field(FormField.of("accountingMajor", "是否会计类专业毕业", FieldType.BOOLEAN))
                        .build(),
                Item.of(ASSET, "行政事业单位国有资产处置审批").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《行政事业性国有资产管理条例》（国务院令第738号）")
                        .description("区属行政事业单位处置国有资产（报废、出售、无偿划转、对外捐赠）报区财政局审批；出售须经资产评估。")
                        .keywords("资产处置", "国有资产", "资产报废")
                        .material(Material.of("unit-certificate", "统一社会信用代码证书（事业单位法人证书）"))
                        .material(Material.of("asset-list", "拟处置资产清单及价值凭证"))
                        .material(Material.of("appraisal", "资产评估报告").optional().note("出售资产时提交"))
                        .field(FormField.of("method", "处置方式", FieldType.CHOICE).options(AssetDisposal.METHODS))
                        .field(FormField.of("bookValue", "资产账面原值（万元）", FieldType.DECIMAL))
                        .field(FormField.of("yearsInUse", "已使用年限", FieldType.INTEGER))
                        .field(FormField.of("usefulLife", "规定最低使用年限", FieldType.INTEGER))
                        .build());
    }
}
