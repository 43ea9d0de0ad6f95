package ${package};

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * The permit's rules: the premises must have an area (formal check at intake), the applicant
 * must be of age and the premises at least 20 m² (decision rules), and an approval issues a
 * permit valid three years into the applicant's vault.
 */
final class PermitRules implements ApprovalHandler {
    static final BigDecimal MIN_AREA = new BigDecimal("20");

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("area").signum() <= 0) {
            return CheckResult.supplement(Finding.field("area", "经营面积须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.applicant().ageOn(a.date()) < 18) {
            out.add(Finding.rule("申请人须年满18周岁"));
        }
        if (a.decimal("area").compareTo(MIN_AREA) < 0) {
            out.add(Finding.field("area", "经营面积不得小于" + MIN_AREA + "平方米"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("${departmentCode}-permit", "${departmentName}经营许可证")
                .validUntil(a.date().plusYears(3))
                .text(a.applicant().name() + "，经营面积" + a.decimal("area") + "平方米。")
                .build());
    }
}
