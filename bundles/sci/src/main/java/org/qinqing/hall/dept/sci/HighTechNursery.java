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
 * 高新技术企业培育库: Nanshan enterprises not yet recognised as high-tech, with revenue of at least
 * 200万元, technical staff of at least 10%, R&D of at least 3% of revenue and at least one
 * intellectual property right. Membership lasts 2 years.
 */
final class HighTechNursery implements ApprovalHandler {
    static final long MIN_REVENUE = 200;
    static final long MIN_TECH_STAFF = 10;
    static final long MIN_RD = 3;
    static final int VALID_YEARS = 2;

    @Override
    public CheckResult check(Application a) {
        if (!"440305".equals(a.applicant().regionCode())) {
            return CheckResult.reject("培育库仅面向在南山区（440305）登记注册的企业，申请单位登记机关行政区划为" + a.applicant().regionCode());
        }
        if (a.flag("highTech")) {
            return CheckResult.reject("有效期内的高新技术企业无需进入培育库");
        }
        if (a.integer("techStaff") > a.integer("staff")) {
            return CheckResult.supplement(Finding.field("techStaff", "科技人员数不能多于职工总数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal("revenue").compareTo(BigDecimal.valueOf(MIN_REVENUE)) < 0) {
            out.add(Finding.field("revenue", "上年度销售收入须不低于" + MIN_REVENUE + "万元"));
        }
        BigDecimal tech = Ratio.percent(a.integer("techStaff"), a.integer("staff"));
        if (Ratio.below(tech, MIN_TECH_STAFF)) {
            out.add(Finding.field("techStaff", "科技人员占比" + tech + "%，低于10%"));
        }
        BigDecimal rd = Ratio.percent(a.decimal("rdExpense"), a.decimal("revenue"));
        if (Ratio.below(rd, MIN_RD)) {
            out.add(Finding.field("rdExpense", "研发费用占销售收入" + rd + "%，低于3%"));
        }
        if (a.integer("ipCount") < 1) {
            out.add(Finding.field("ipCount", "须拥有至少1件有效知识产权"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("high-tech-nursery", "南山区高新技术企业培育库入库通知")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text(a.applicant().name() + "已入选南山区高新技术企业培育库，入库有效期" + VALID_YEARS + "年。")
                .build());
    }
}
