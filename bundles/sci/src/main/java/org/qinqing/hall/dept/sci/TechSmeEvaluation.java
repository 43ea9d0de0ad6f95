package org.qinqing.hall.dept.sci;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 科技型中小企业评价 (《科技型中小企业评价办法》): at most 500 staff, 2亿元 revenue and 2亿元 assets;
 * no serious incident; and either a valid high-tech enterprise certificate (direct confirmation) or a
 * score of at least 60 with a non-zero technical-staff score. Score: technical staff share (20 points,
 * 4 per 5% from 10%), R&D share of revenue (50 points, 10 per 1% from 2%), intellectual property
 * (30 for a class I right, else 6 per class II right up to 24). Registered instantly (秒批); the
 * registration number is valid to the end of the year.
 */
final class TechSmeEvaluation implements ApprovalHandler {
    static final long MAX_STAFF = 500;
    static final long MAX_REVENUE = 20_000;
    static final long MAX_ASSETS = 20_000;
    static final int PASS = 60;

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("techStaff") > a.integer("staff")) {
            out.add(Finding.field("techStaff", "科技人员数不能多于职工总数"));
        }
        if (a.flag("highTech") && a.material("high-tech-certificate") == null) {
            out.add(Finding.material("high-tech-certificate", "填报为高新技术企业的，须提交有效期内的高新技术企业证书"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("staff") > MAX_STAFF || a.decimal("revenue").compareTo(BigDecimal.valueOf(MAX_REVENUE)) > 0
                || a.decimal("assets").compareTo(BigDecimal.valueOf(MAX_ASSETS)) > 0) {
            out.add(Finding.rule("科技型中小企业须职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元"));
        }
        if (a.flag("seriousIncident")) {
            out.add(Finding.field("seriousIncident", "上年及当年发生重大安全、重大质量事故或严重环境违法、科研严重失信行为的企业不能入库"));
        }
        if (!a.flag("highTech")) {
            int staffScore = staffScore(a);
            int total = score(a);
            if (staffScore == 0) {
                out.add(Finding.field("techStaff", "科技人员占比低于10%，科技人员指标得0分，不符合入库条件"));
            } else if (total < PASS) {
                out.add(Finding.rule("综合评价得分" + total + "分（科技人员" + staffScore + "分、研发投入" + rdScore(a) + "分、科技成果"
                        + ipScore(a) + "分），低于" + PASS + "分"));
            }
        }
        return out;
    }

    static int staffScore(Application a) {
        BigDecimal share = Ratio.percent(a.integer("techStaff"), a.integer("staff"));
        return step(share, 10, 5, 4, 20);
    }

    static int rdScore(Application a) {
        BigDecimal share = Ratio.percent(a.decimal("rdExpense"), a.decimal("revenue"));
        return step(share, 2, 1, 10, 50);
    }

    static int ipScore(Application a) {
        if (a.integer("ipClassOne") > 0) {
            return 30;
        }
        return (int) Math.min(a.integer("ipClassTwo") * 6, 24);
    }

    static int score(Application a) {
        return staffScore(a) + rdScore(a) + ipScore(a);
    }

    /** Points for a percent: {@code per} points for each full {@code width} from {@code from} on, at most {@code max}. */
    private static int step(BigDecimal percent, int from, int width, int per, int max) {
        if (Ratio.below(percent, from)) {
            return 0;
        }
        int steps = percent.subtract(BigDecimal.valueOf(from)).intValue() / width + 1;
        return Math.min(steps * per, max);
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        int year = a.date().getYear();
        String number = year + "440305" + "A" + a.caseNumber().replaceAll("\\D", "");
        String how = a.flag("highTech") ? "持有效期内高新技术企业证书，直接确认" : "综合评价得分" + score(a) + "分";
        return List.of(IssuedDocument.of(SciEnterpriseItems.TECH_SME_REGISTRATION, year + "年科技型中小企业入库登记编号")
                .validUntil(LocalDate.of(year, 12, 31))
                .text(a.applicant().name() + "（" + how + "）入选" + year + "年科技型中小企业，入库登记编号" + number + "，有效期至" + year + "年12月31日。")
                .attribute("registrationNumber", number)
                .attribute("score", a.flag("highTech") ? "" : String.valueOf(score(a)))
                .build());
    }
}
