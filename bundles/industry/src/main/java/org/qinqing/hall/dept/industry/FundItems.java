package org.qinqing.hall.dept.industry;

import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.INSTANT_APPROVAL;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.VIP;
import static org.qinqing.hall.spi.Flag.ZERO_VISIT;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/**
 * Turns the fund tables into service items: every category is an enterprise item, accepted at
 * any window, applied for and concluded online without a visit. Its form and materials follow
 * its rule family.
 */
final class FundItems {
    // form field keys shared by the fund handlers
    static final String RECEIVED = "receivedThisYear";
    static final String ACCOUNT = "receivingAccount";
    static final String REVENUE = "annualRevenue";
    static final String BASE = "baseAmount";
    static final String PREVIOUS = "previousValue";
    static final String CURRENT = "currentValue";
    static final String CERTIFICATE_NO = "certificateNumber";
    static final String AWARD_DATE = "awardDate";
    static final String GRADE = "grade";
    static final String MODE = "premisesMode";
    static final String ADDRESS = "premisesAddress";
    static final String AREA = "area";
    static final String UNIT_PRICE = "unitPrice";
    static final String PRINCIPAL = "principal";
    static final String COST = "costPaid";
    static final String START = "contractStart";
    static final String COUNT = "count";
    static final String STAFF = "staff";
    // material codes the handlers look at
    static final String LEASE = "lease-contract";
    static final String PROPERTY = "property-certificate";
    static final String RENT = "租赁";
    static final String PURCHASE = "购置";
    /** Vault kind of the fund's decision documents. */
    static final String DECISION_KIND = "industry-fund-decision";

    private FundItems() {
    }

    /** @return all fund categories, in table order */
    static List<FundCategory> categories() {
        List<FundCategory> all = new ArrayList<>(TechAndManufacturingFund.ROWS);
        all.addAll(ServicesAndFinanceFund.ROWS);
        all.addAll(CultureTalentCapitalFund.ROWS);
        return List.copyOf(all);
    }

    static Item item(FundCategory c) {
        Item.Builder b = Item.of(c.code(), c.name).type(c.type).party(PartyType.ENTERPRISE).limits(c.legal, c.promised)
                .flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                .legalBasis(c.policy.basis())
                .description(FundGate.describe(c))
                .keywords("产业资金", "专项资金", c.policy.label, "1+7政策");
        if (c.instant()) {
            b.flags(INSTANT_APPROVAL).keywords("秒批");
        }
        if (c.isVip()) {
            b.flags(VIP);
        }
        b.material(CommonMaterials.businessLicence())
                .material(CommonMaterials.legalRepresentativeId())
                .material(Material.of("fund-application", "南山区经济发展专项资金项目申请书").form(MaterialForm.ELECTRONIC))
                .material(Material.of("integrity-commitment", "申请单位诚信承诺书").form(MaterialForm.ELECTRONIC));
        familyForm(c, b);
        if (c.extraMaterial() != null) {
            String[] m = c.extraMaterial();
            b.material(Material.of(m[0], m[1]).reusable(m[2]));
        }
        b.material(CommonMaterials.agentAuthorisation())
                .field(FormField.of(RECEIVED, "本年度是否已获得本类别资助", FieldType.BOOLEAN))
                .field(FormField.of(ACCOUNT, "收款单位开户银行及账号", FieldType.TEXT).maxLength(100));
        return b.build();
    }

    private static void familyForm(FundCategory c, Item.Builder b) {
        switch (c.family) {
            case PROPORTIONAL:
                if (c.threshold > 0) {
                    b.material(auditReport()).field(FormField.of(REVENUE, "上年度营业收入（万元）", FieldType.DECIMAL));
                }
                b.material(Material.of("base-proof", c.label + "证明材料").note("专项审计报告，或合同、发票及付款凭证"))
                        .field(FormField.of(BASE, c.label + "（万元）", FieldType.DECIMAL));
                break;
            case GROWTH:
                b.material(auditReport())
                        .material(Material.of("statistics-report", "近两个年度统计年报（" + c.label + "）").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of(PREVIOUS, "前一年度" + c.label + "（万元）", FieldType.DECIMAL))
                        .field(FormField.of(CURRENT, "上一年度" + c.label + "（万元）", FieldType.DECIMAL));
                break;
            case CERTIFICATE:
                Material.Builder cert = Material.of("certificate", c.label);
                if (c.certificateKind() != null) {
                    cert.reusable(c.certificateKind());
                }
                b.material(cert).field(FormField.of(CERTIFICATE_NO, "证书（文件）编号", FieldType.TEXT).maxLength(60));
                if (c.tiers() != null) {
                    b.field(FormField.of(GRADE, "认定级别（奖项等级）", FieldType.CHOICE).options(c.tiers().options()));
                }
                b.field(FormField.of(AWARD_DATE, "认定（获得）日期", FieldType.DATE));
                break;
            case PREMISES:
                if (c.rents() && c.purchases()) {
                    b.field(FormField.of(MODE, "用房方式", FieldType.CHOICE).options(RENT, PURCHASE));
                }
                b.material(c.rents() && !c.purchases() ? lease() : lease().optional().note("租赁用房时提交"));
                if (c.purchases()) {
                    b.material(c.rents() ? property().optional().note("购置用房时提交") : property());
                }
                if (c.secondary > 0) {
                    b.material(auditReport()).field(FormField.of(REVENUE, "上年度营业收入（万元）", FieldType.DECIMAL));
                }
                b.field(FormField.of(ADDRESS, "用房地址", FieldType.TEXT).maxLength(120))
                        .field(FormField.of(AREA, "自用面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of(UNIT_PRICE, unitPriceLabel(c), FieldType.DECIMAL));
                break;
            case FINANCING:
                b.material(Material.of("financing-contract", c.principal() + "对应的合同"))
                        .material(Material.of("cost-vouchers", c.label + "的支付凭证"))
                        .field(FormField.of(PRINCIPAL, c.principal() + "（万元）", FieldType.DECIMAL))
                        .field(FormField.of(COST, c.label + "（万元）", FieldType.DECIMAL))
                        .field(FormField.of(START, "合同起始日期", FieldType.DATE));
                break;
            case HEADCOUNT:
                b.material(Material.of("roster", c.label + "的名单及证明材料"));
                if (c.people()) {
                    b.material(Material.of("social-insurance-roster", "在职员工社会保险参保缴费名册").form(MaterialForm.ELECTRONIC));
                }
                b.field(FormField.of(COUNT, c.label, FieldType.INTEGER));
                if (c.people() || c.threshold > 0) {
                    b.field(FormField.of(STAFF, "在职员工总数（人）", FieldType.INTEGER));
                }
                break;
            default:
                throw new IllegalStateException("unknown family " + c.family);
        }
    }

    private static String unitPriceLabel(FundCategory c) {
        if (c.rents() && c.purchases()) {
            return "单价（租赁填月租金，元/平方米·月；购置填购房单价，元/平方米）";
        }
        return c.rents() ? "月租金单价（元/平方米·月）" : "购房单价（元/平方米）";
    }

    private static Material.Builder auditReport() {
        return Material.of("audit-report", "上年度财务审计报告").reusable("annual-audit-report");
    }

    private static Material.Builder lease() {
        return Material.of(LEASE, "房屋租赁合同及租赁登记备案凭证");
    }

    private static Material.Builder property() {
        return Material.of(PROPERTY, "不动产权证书或经备案的购房合同").reusable("real-estate-certificate");
    }
}
