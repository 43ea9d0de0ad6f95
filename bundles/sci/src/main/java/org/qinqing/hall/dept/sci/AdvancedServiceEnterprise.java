package org.qinqing.hall.dept.sci;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 技术先进型服务企业: staff with college education over 50%, technology-advanced service income over
 * 50% of total income, offshore outsourcing income at least 35% of total income.
 */
final class AdvancedServiceEnterprise implements ApprovalHandler {
    static final long MIN_COLLEGE = 50;
    static final long MIN_ADVANCED = 50;
    static final long MIN_OFFSHORE = 35;

    @Override
    public CheckResult check(Application a) {
        if (!"440305".equals(a.applicant().regionCode())) {
            return CheckResult.reject("区级初审仅面向在南山区（440305）登记注册的企业，申请单位登记机关行政区划为" + a.applicant().regionCode());
        }
        List<Finding> out = new ArrayList<>();
        if (a.integer("collegeStaff") > a.integer("staff")) {
            out.add(Finding.field("collegeStaff", "大专以上学历员工不能多于职工总数"));
        }
        if (a.decimal("advancedIncome").compareTo(a.decimal("totalIncome")) > 0
                || a.decimal("offshoreIncome").compareTo(a.decimal("totalIncome")) > 0) {
            out.add(Finding.field("totalIncome", "分项收入不能大于总收入"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        BigDecimal college = Ratio.percent(a.integer("collegeStaff"), a.integer("staff"));
        if (college.compareTo(BigDecimal.valueOf(MIN_COLLEGE)) <= 0) {
            out.add(Finding.field("collegeStaff", "大专以上学历员工占比" + college + "%，须在50%以上"));
        }
        BigDecimal advanced = Ratio.percent(a.decimal("advancedIncome"), a.decimal("totalIncome"));
        if (advanced.compareTo(BigDecimal.valueOf(MIN_ADVANCED)) <= 0) {
            out.add(Finding.field("advancedIncome", "技术先进型服务业务收入占比" + advanced + "%，须在50%以上"));
        }
        BigDecimal offshore = Ratio.percent(a.decimal("offshoreIncome"), a.decimal("totalIncome"));
        if (Ratio.below(offshore, MIN_OFFSHORE)) {
            out.add(Finding.field("offshoreIncome", "离岸服务外包业务收入占比" + offshore + "%，须不低于35%"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("advanced-service-district-review", "技术先进型服务企业认定区级初审意见")
                .text(a.applicant().name() + "符合技术先进型服务企业认定条件，同意报送市认定管理机构。")
                .build());
    }
}
