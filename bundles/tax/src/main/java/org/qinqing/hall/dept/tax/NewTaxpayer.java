package org.qinqing.hall.dept.tax;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.ProvidedMaterial;

/**
 * 新办纳税人涉税事项 (秒批). The business licence handed in is the applicant's own (its credit code, when
 * the vault knows it, is the applicant's); a first invoice supply stays within 25 special and 50
 * ordinary VAT invoices a month at a limit of at most 100,000 yuan — a higher limit needs the
 * invoice limit approval. Issues the 税务事项通知书 with the invoice supply.
 */
final class NewTaxpayer implements ApprovalHandler {
    static final String SMALL_SCALE = "小规模纳税人";
    static final String GENERAL = "一般纳税人";
    static final int MAX_SPECIAL = 25;
    static final int MAX_ORDINARY = 50;

    @Override
    public CheckResult check(Application a) {
        if (InvoiceLimit.yuan(a.text("invoiceLimit")) > InvoiceLimit.FIRST_SUPPLY_LIMIT) {
            return CheckResult.reject("新办纳税人首次领用发票单份最高开票限额不超过十万元；需要更高限额的，请另行申请最高开票限额审批");
        }
        if (a.integer("specialInvoices") < 0 || a.integer("ordinaryInvoices") < 0) {
            return CheckResult.supplement(Finding.field("specialInvoices", "发票领用份数不能为负数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        ProvidedMaterial licence = a.material("business-licence");
        String code = licence == null ? null : licence.attributes().get("creditCode");
        if (code != null && !code.equals(a.applicant().number())) {
            out.add(Finding.material("business-licence", "营业执照的统一社会信用代码" + code + "与申请人不一致"));
        }
        if (a.integer("specialInvoices") > MAX_SPECIAL) {
            out.add(Finding.field("specialInvoices", "新办纳税人首次领用增值税专用发票每月不超过" + MAX_SPECIAL + "份"));
        }
        if (a.integer("ordinaryInvoices") > MAX_ORDINARY) {
            out.add(Finding.field("ordinaryInvoices", "新办纳税人首次领用增值税普通发票每月不超过" + MAX_ORDINARY + "份"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("tax-registration-confirmation", "税务事项通知书（新办纳税人涉税事项）")
                .text(a.applicant().name() + "（纳税人识别号" + a.applicant().number() + "）已完成登记信息确认，纳税人类型：" + a.text("taxpayerType")
                        + "。核定增值税专用发票每月" + a.integer("specialInvoices") + "份、普通发票每月" + a.integer("ordinaryInvoices")
                        + "份，单份最高开票限额" + a.text("invoiceLimit") + "。主管税务机关：国家税务总局深圳市南山区税务局。")
                .attribute("taxpayerType", a.text("taxpayerType"))
                .attribute("specialInvoices", String.valueOf(a.integer("specialInvoices")))
                .attribute("ordinaryInvoices", String.valueOf(a.integer("ordinaryInvoices")))
                .attribute("invoiceLimit", a.text("invoiceLimit"))
                .build());
    }
}
