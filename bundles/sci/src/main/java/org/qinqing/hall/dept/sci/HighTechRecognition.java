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
 * 高新技术企业认定条件 (《高新技术企业认定管理办法》 第十一条), checked at district intake: registered in
 * Nanshan for at least a year; core intellectual property; technical staff at least 10%; R&D over the
 * last three years at least 5% / 4% / 3% of revenue for last-year revenue up to 5000万 / 2亿 / above,
 * at least 60% of it in China; high-tech products at least 60% of income; innovation score at least
 * 71; no serious incident in the year before.
 */
final class HighTechRecognition implements ApprovalHandler {
    static final long MIN_TECH_STAFF = 10;
    static final long MIN_DOMESTIC = 60;
    static final long MIN_HITECH_INCOME = 60;
    static final long MIN_SCORE = 71;

    @Override
    public CheckResult check(Application a) {
        if (!"440305".equals(a.applicant().regionCode())) {
            return CheckResult.reject("区级受理仅面向在南山区（440305）登记注册的企业，申请单位登记机关行政区划为" + a.applicant().regionCode());
        }
        List<Finding> out = new ArrayList<>();
        if (a.integer("techStaff") > a.integer("staff")) {
            out.add(Finding.field("techStaff", "科技人员数不能多于职工总数"));
        }
        if (a.decimal("domesticRd3y").compareTo(a.decimal("rd3y")) > 0) {
            out.add(Finding.field("domesticRd3y", "境内研发费用不能多于研发费用总额"));
        }
        if (a.decimal("hiTechIncome").compareTo(a.decimal("totalIncome")) > 0) {
            out.add(Finding.field("hiTechIncome", "高新技术产品（服务）收入不能多于总收入"));
        }
        if (a.date("establishedDate").isAfter(a.date())) {
            out.add(Finding.field("establishedDate", "注册成立日期不能晚于申请日期"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date("establishedDate").isAfter(a.date().minusYears(1))) {
            out.add(Finding.field("establishedDate", "企业申请认定时须注册成立一年以上"));
        }
        if (a.integer("coreIp") < 1) {
            out.add(Finding.field("coreIp", "须拥有对主要产品（服务）发挥核心支持作用的自主知识产权"));
        }
        BigDecimal techShare = Ratio.percent(a.integer("techStaff"), a.integer("staff"));
        if (Ratio.below(techShare, MIN_TECH_STAFF)) {
            out.add(Finding.field("techStaff", "科技人员占职工总数" + techShare + "%，低于10%"));
        }
        int required = requiredRdPercent(a.decimal("revenueLastYear"));
        BigDecimal rdShare = Ratio.percent(a.decimal("rd3y"), a.decimal("revenue3y"));
        if (Ratio.below(rdShare, required)) {
            out.add(Finding.field("rd3y", "近三年研发费用占销售收入" + rdShare + "%，按近一年销售收入规模须不低于" + required + "%"));
        }
        BigDecimal domestic = Ratio.percent(a.decimal("domesticRd3y"), a.decimal("rd3y"));
        if (Ratio.below(domestic, MIN_DOMESTIC)) {
            out.add(Finding.field("domesticRd3y", "境内研发费用占全部研发费用" + domestic + "%，低于60%"));
        }
        BigDecimal hiTech = Ratio.percent(a.decimal("hiTechIncome"), a.decimal("totalIncome"));
        if (Ratio.below(hiTech, MIN_HITECH_INCOME)) {
            out.add(Finding.field("hiTechIncome", "高新技术产品（服务）收入占总收入" + hiTech + "%，低于60%"));
        }
        if (a.integer("innovationScore") < MIN_SCORE) {
            out.add(Finding.field("innovationScore", "企业创新能力评价" + a.integer("innovationScore") + "分，须达到" + MIN_SCORE + "分"));
        }
        if (a.flag("seriousIncident")) {
            out.add(Finding.field("seriousIncident", "申请认定前一年内发生重大安全、重大质量事故或严重环境违法行为的不予认定"));
        }
        return out;
    }

    /** @return the minimum R&D percent for last year's revenue in 万元 */
    static int requiredRdPercent(BigDecimal revenue) {
        if (revenue.compareTo(BigDecimal.valueOf(5_000)) <= 0) {
            return 5;
        }
        return revenue.compareTo(BigDecimal.valueOf(20_000)) <= 0 ? 4 : 3;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("high-tech-district-review", "高新技术企业认定申报区级审核意见")
                .text(a.applicant().name() + "的高新技术企业认定申报材料经区级审核符合《高新技术企业认定管理办法》第十一条规定的条件，"
                        + "已报送广东省高新技术企业认定管理机构。")
                .attribute("year", String.valueOf(a.date().getYear()))
                .build());
    }
}
