package org.qinqing.hall.dept.hr;

import java.math.BigDecimal;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 劳务派遣经营许可 (劳动合同法 Art. 57): applied for where the company is registered — in Nanshan, region
 * 440305; registered capital of at least 2 million yuan. The licence is valid three years.
 */
final class LabourDispatch implements ApprovalHandler {
    static final String NANSHAN = "440305";
    static final BigDecimal MIN_CAPITAL = new BigDecimal("200");
    static final int YEARS = 3;

    @Override
    public CheckResult check(Application a) {
        if (!NANSHAN.equals(a.applicant().regionCode())) {
            return CheckResult.reject("劳务派遣经营许可向公司登记地人力资源社会保障部门申请，该公司登记机关行政区划为"
                    + a.applicant().regionCode() + "，不属于南山区");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.decimal("registeredCapital").compareTo(MIN_CAPITAL) < 0) {
            return List.of(Finding.field("registeredCapital", "经营劳务派遣业务，注册资本不得少于人民币二百万元，现为"
                    + a.decimal("registeredCapital").toPlainString() + "万元"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(HrLabourItems.DISPATCH_KIND, "劳务派遣经营许可证")
                .validUntil(a.date().plusYears(YEARS))
                .text(a.applicant().name() + "，注册资本" + a.decimal("registeredCapital").toPlainString() + "万元，准予经营劳务派遣业务。")
                .build());
    }
}
