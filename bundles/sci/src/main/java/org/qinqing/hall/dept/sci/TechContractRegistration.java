package org.qinqing.hall.dept.sci;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 技术合同认定登记 (《技术合同认定登记管理办法》): registered by the seller side (研究开发方、转让方、
 * 许可方、受托方) once the contract is concluded; the technical transaction amount is part of the
 * contract amount; the parties are two different persons.
 */
final class TechContractRegistration implements ApprovalHandler {
    static final String[] ROLES = {"卖方（研究开发方、转让方、许可方、受托方）", "买方（委托方、受让方、被许可方）"};

    @Override
    public CheckResult check(Application a) {
        if (ROLES[1].equals(a.text("role"))) {
            return CheckResult.reject("技术合同由卖方（研究开发方、转让方、许可方、受托方）申请认定登记，买方无需申请");
        }
        List<Finding> out = new ArrayList<>();
        if (a.decimal("contractAmount").signum() <= 0) {
            out.add(Finding.field("contractAmount", "合同总金额须大于0"));
        } else if (a.decimal("technicalAmount").compareTo(a.decimal("contractAmount")) > 0) {
            out.add(Finding.field("technicalAmount", "技术交易额不能大于合同总金额"));
        }
        if (a.date("signedDate").isAfter(a.date())) {
            out.add(Finding.field("signedDate", "合同尚未签订，不能申请登记"));
        } else if (a.date("endDate").isBefore(a.date("signedDate"))) {
            out.add(Finding.field("endDate", "合同履行期限截止日期不能早于签订日期"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.text("counterparty").equals(a.applicant().name())) {
            return List.of(Finding.field("counterparty", "合同双方不能为同一主体"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = a.date().getYear() + "4403050" + a.caseNumber().replaceAll("\\D", "");
        return List.of(IssuedDocument.of("technology-contract-registration", "技术合同登记证明")
                .text(a.text("contractType") + "合同（" + a.applicant().name() + "与" + a.text("counterparty") + "）经认定登记，登记号" + number
                        + "，合同金额" + a.decimal("contractAmount").toPlainString() + "万元，其中技术交易额"
                        + a.decimal("technicalAmount").toPlainString() + "万元。")
                .attribute("registrationNumber", number)
                .attribute("contractType", a.text("contractType"))
                .attribute("technicalAmount", a.decimal("technicalAmount").toPlainString())
                .build());
    }
}
