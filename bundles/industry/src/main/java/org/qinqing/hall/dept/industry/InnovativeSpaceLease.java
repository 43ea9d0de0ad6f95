package org.qinqing.hall.dept.industry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 创新型产业用房租赁: for enterprises registered in Nanshan without own industrial premises in
 * the district, with revenue of at least 1000万元 or the national high-tech status (then the
 * certificate is required); at most 30 m² per employee and 3000 m² per application. The
 * eligibility confirmation is valid for 6 months, within which the lease is signed.
 */
final class InnovativeSpaceLease implements ApprovalHandler {
    static final long MIN_REVENUE = 1_000;
    static final long AREA_PER_EMPLOYEE = 30;
    static final long MAX_AREA = 3_000;
    static final int VALID_MONTHS = 6;

    @Override
    public CheckResult check(Application a) {
        if (!FundGate.NANSHAN.equals(a.applicant().regionCode())) {
            return CheckResult.reject("创新型产业用房仅受理在南山区（440305）登记注册的企业，申请单位登记机关行政区划为"
                    + a.applicant().regionCode());
        }
        List<Finding> out = new ArrayList<>();
        if (a.integer("staff") <= 0) {
            out.add(Finding.field("staff", "在职员工总数须大于0"));
        }
        if (a.flag("highTech") && a.material("high-tech-certificate") == null) {
            out.add(Finding.material("high-tech-certificate", "申报为国家高新技术企业的，须提交国家高新技术企业证书"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.flag("ownsPremises")) {
            out.add(Finding.field("ownsPremises", "在南山区已拥有自有产业用房的企业不能申请租赁创新型产业用房"));
        }
        if (!a.flag("highTech") && FundGate.below(a.decimal("annualRevenue"), MIN_REVENUE)) {
            out.add(Finding.field("annualRevenue", "上年度营业收入" + a.decimal("annualRevenue").toPlainString()
                    + "万元，非国家高新技术企业须不低于" + MIN_REVENUE + "万元"));
        }
        BigDecimal area = a.decimal("requestedArea");
        BigDecimal byStaff = BigDecimal.valueOf(a.integer("staff") * AREA_PER_EMPLOYEE);
        if (area.compareTo(byStaff) > 0) {
            out.add(Finding.field("requestedArea", "申请面积" + area.toPlainString() + "平方米超过按在职员工人均" + AREA_PER_EMPLOYEE
                    + "平方米核定的" + byStaff.toPlainString() + "平方米"));
        }
        if (area.compareTo(BigDecimal.valueOf(MAX_AREA)) > 0) {
            out.add(Finding.field("requestedArea", "单次申请面积不能超过" + MAX_AREA + "平方米"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("innovative-space-eligibility", "南山区创新型产业用房配租资格确认书")
                .validUntil(a.date().plusMonths(VALID_MONTHS))
                .text(a.applicant().name() + "符合创新型产业用房租赁条件，核定配租面积不超过" + a.decimal("requestedArea").toPlainString()
                        + "平方米。请于" + a.date().plusMonths(VALID_MONTHS) + "前预约到场选房并签订租赁合同，逾期资格失效。")
                .attribute("area", a.decimal("requestedArea").toPlainString())
                .build());
    }
}
