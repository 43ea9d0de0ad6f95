package org.qinqing.hall.dept.water;

import java.math.BigDecimal;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 水土保持方案: projects occupying 5 ha or more, or moving 50,000 m³ or more of earth, submit a full
 * report (报告书); from 0.5 ha or 1,000 m³ a report form (报告表); smaller projects only register.
 */
final class SoilConservation implements ApprovalHandler {
    static final String REPORT = "水土保持方案报告书";
    static final String FORM = "水土保持方案报告表";
    static final BigDecimal REPORT_AREA = new BigDecimal("5");
    static final BigDecimal REPORT_EARTH = new BigDecimal("50000");
    static final BigDecimal FORM_AREA = new BigDecimal("0.5");
    static final BigDecimal FORM_EARTH = new BigDecimal("1000");

    @Override
    public CheckResult check(Application a) {
        if (required(a) == null) {
            return CheckResult.reject("征占地面积不足0.5公顷且挖填土石方总量不足1000立方米，无须编报水土保持方案，填报水土保持登记表即可");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        String required = required(a);
        if (REPORT.equals(required) && !REPORT.equals(a.text("planType"))) {
            return List.of(Finding.field("planType", "征占地5公顷以上或挖填土石方5万立方米以上的项目，应当编报水土保持方案报告书"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("soil-conservation-approval", "生产建设项目水土保持方案审批准予行政许可决定书")
                .text(a.applicant().name() + "报送的" + a.text("planType") + "准予批复，水土保持设施应与主体工程同时设计、同时施工、同时投产使用。")
                .build());
    }

    /** @return the plan the project must submit, or {@code null} when none is needed */
    static String required(Application a) {
        BigDecimal area = a.decimal("landArea");
        BigDecimal earth = a.decimal("earthwork");
        if (area.compareTo(REPORT_AREA) >= 0 || earth.compareTo(REPORT_EARTH) >= 0) {
            return REPORT;
        }
        if (area.compareTo(FORM_AREA) >= 0 || earth.compareTo(FORM_EARTH) >= 0) {
            return FORM;
        }
        return null;
    }
}
