package org.qinqing.hall.dept.ndrc;

import java.math.BigDecimal;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 节能审查: projects using less than 1000 tce and less than 500万 kWh a year are not reviewed
 * separately (they follow the energy standards); projects of 5000 tce or more are reviewed by the
 * municipal commission; the district reviews the rest. The opinion is valid for 2 years.
 */
final class EnergyReview implements ApprovalHandler {
    static final BigDecimal MIN_ENERGY = BigDecimal.valueOf(1_000);
    static final BigDecimal MIN_ELECTRICITY = BigDecimal.valueOf(500);
    static final BigDecimal MUNICIPAL_ENERGY = BigDecimal.valueOf(5_000);
    static final int VALID_YEARS = 2;

    @Override
    public CheckResult check(Application a) {
        BigDecimal energy = a.decimal("energyUse");
        BigDecimal electricity = a.decimal("electricityUse");
        if (energy.signum() < 0 || electricity.signum() < 0) {
            return CheckResult.supplement(Finding.field("energyUse", "能源消费量不能为负数"));
        }
        if (energy.compareTo(MIN_ENERGY) < 0 && electricity.compareTo(MIN_ELECTRICITY) < 0) {
            return CheckResult.reject("年综合能源消费量不满1000吨标准煤且年电力消费量不满500万千瓦时的项目不单独进行节能审查，按相关节能标准和规范建设即可");
        }
        if (energy.compareTo(MUNICIPAL_ENERGY) >= 0) {
            return CheckResult.reject("年综合能源消费量5000吨标准煤以上的项目由市发展和改革部门进行节能审查");
        }
        return CheckResult.accept();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("energy-review-opinion", "固定资产投资项目节能审查意见")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text("原则同意" + a.text("projectName") + "节能报告，项目年综合能源消费量控制在" + a.decimal("energyUse").toPlainString()
                        + "吨标准煤以内。本意见" + VALID_YEARS + "年内有效，逾期未开工建设的应重新进行节能审查。")
                .attribute("energyUse", a.decimal("energyUse").toPlainString())
                .build());
    }
}
