package org.qinqing.hall.dept.culture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 高危险性体育项目 (全民健身条例 Art. 32): certified sports instructors on staff; a swimming venue
 * has at least 3 lifeguards for up to 250 m² of water and one more for every further 250 m² or
 * part of it (GB 19079.1).
 */
final class HighRiskSport implements ApprovalHandler {
    static final String SWIMMING = "游泳";
    static final String[] PROJECTS = {SWIMMING, "潜水", "攀岩", "滑雪"};
    static final BigDecimal STEP = new BigDecimal("250");
    static final int BASE_LIFEGUARDS = 3;

    @Override
    public CheckResult check(Application a) {
        if (SWIMMING.equals(a.text("project")) && (a.decimal("waterArea") == null || a.integer("lifeguards") == null)) {
            return CheckResult.supplement(Finding.field("waterArea", "游泳项目须填写水面面积和固定救生员人数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("instructors") < 1) {
            out.add(Finding.field("instructors", "须配备取得国家职业资格证书的社会体育指导人员"));
        }
        if (SWIMMING.equals(a.text("project"))) {
            int needed = lifeguards(a.decimal("waterArea"));
            if (a.integer("lifeguards") < needed) {
                out.add(Finding.field("lifeguards", "水面面积" + a.decimal("waterArea").toPlainString() + "平方米至少配备固定救生员" + needed
                        + "人，现有" + a.integer("lifeguards") + "人"));
            }
        }
        return out;
    }

    static int lifeguards(BigDecimal waterArea) {
        if (waterArea.compareTo(STEP) <= 0) {
            return BASE_LIFEGUARDS;
        }
        return BASE_LIFEGUARDS + waterArea.subtract(STEP).divide(STEP, 0, RoundingMode.CEILING).intValue();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("high-risk-sport-licence", "高危险性体育项目经营许可证")
                .text(a.applicant().name() + "，经营项目：" + a.text("project") + "。").build());
    }
}
