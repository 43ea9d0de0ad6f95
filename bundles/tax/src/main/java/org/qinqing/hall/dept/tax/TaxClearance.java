package org.qinqing.hall.dept.tax;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 清税申报 (秒批): no tax, late fee or fine outstanding, every invoice cancelled, no open audit case.
 * Issues the 清税证明 (kind {@code tax-clearance-certificate}) the market regulator asks for.
 */
final class TaxClearance implements ApprovalHandler {

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal("unpaidTax").signum() > 0) {
            out.add(Finding.field("unpaidTax", "尚有欠缴税款、滞纳金、罚款" + Money.show(a.decimal("unpaidTax")) + "元，结清后方可出具清税证明"));
        }
        if (a.integer("unusedInvoices") > 0) {
            out.add(Finding.field("unusedInvoices", "尚有" + a.integer("unusedInvoices") + "份发票未缴销"));
        }
        if (a.flag("pendingCases")) {
            out.add(Finding.field("pendingCases", "有未结的税务稽查案件，结案后方可办理清税"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(TaxItems.CLEARANCE_KIND, "清税证明")
                .text(a.applicant().name() + "（纳税人识别号" + a.applicant().number() + "）所有税务事项均已结清。")
                .attribute("taxpayerNumber", a.applicant().number())
                .build());
    }
}
