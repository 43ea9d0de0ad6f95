package org.qinqing.hall.dept.sci;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.ProvidedMaterial;

/**
 * 高新技术企业更名及重大变化 (《高新技术企业认定管理办法》 第十七条): reported within three months of
 * the change; a renaming gives the new name; after a split, merger, restructuring or business change
 * the enterprise must still meet the 10% technical-staff condition. The status keeps the
 * certificate's number and validity.
 */
final class HighTechChange implements ApprovalHandler {
    static final int REPORT_MONTHS = 3;
    static final long MIN_TECH_STAFF = 10;

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if ("更名".equals(a.text("changeType")) && a.text("newName") == null) {
            out.add(Finding.field("newName", "更名的须填写变更后企业名称"));
        }
        if (a.date("changeDate").isAfter(a.date())) {
            out.add(Finding.field("changeDate", "变化发生日期不能晚于报告日期"));
        }
        if (a.integer("techStaff") > a.integer("staff")) {
            out.add(Finding.field("techStaff", "科技人员数不能多于职工总数"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date("changeDate").isBefore(a.date().minusMonths(REPORT_MONTHS))) {
            out.add(Finding.field("changeDate", "更名或重大变化须在" + REPORT_MONTHS + "个月内报告，变化发生于" + a.date("changeDate")));
        }
        BigDecimal tech = Ratio.percent(a.integer("techStaff"), a.integer("staff"));
        if (!"更名".equals(a.text("changeType")) && Ratio.below(tech, MIN_TECH_STAFF)) {
            out.add(Finding.field("techStaff", "变化后科技人员占比" + tech + "%，不再符合不低于10%的认定条件，将自变化年度起取消高新技术企业资格"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        ProvidedMaterial certificate = a.material("high-tech-certificate");
        String rename = "更名".equals(a.text("changeType")) ? "企业名称变更为“" + a.text("newName") + "”，" : "";
        return List.of(IssuedDocument.of("high-tech-change-confirmation", "高新技术企业" + a.text("changeType") + "审核意见")
                .validUntil(certificate == null ? null : certificate.validUntil())
                .text(a.applicant().name() + "发生" + a.text("changeType") + "，" + rename + "经审核仍符合高新技术企业认定条件，资格不变，证书编号和有效期不变。")
                .attribute("changeType", a.text("changeType"))
                .build());
    }
}
