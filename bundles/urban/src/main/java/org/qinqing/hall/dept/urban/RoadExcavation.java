package org.qinqing.hall.dept.urban;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 城市道路挖掘 (《城市道路管理条例》第三十三条): a road is protected five years after a new build,
 * extension or reconstruction and three years after an overhaul; digging it up within that time needs
 * the city government's approval. The permit lasts the works.
 */
final class RoadExcavation implements ApprovalHandler {
    static final String NEW = "新建、扩建、改建";
    static final String OVERHAUL = "大修";

    static LocalDate protectedUntil(Application a) {
        return a.date("roadCompletionDate").plusYears(NEW.equals(a.text("roadWork")) ? 5 : 3);
    }

    @Override
    public CheckResult check(Application a) {
        if (a.date("startDate").isBefore(protectedUntil(a)) && a.material("government-approval") == null) {
            return CheckResult.supplement(Finding.material("government-approval", "该路段" + a.text("roadWork") + "后保护期至" + protectedUntil(a)
                    + "，保护期内挖掘须经市人民政府批准，请提交批准文件"));
        }
        if (a.decimal("length").signum() <= 0) {
            return CheckResult.supplement(Finding.field("length", "挖掘长度须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        Finding period = Periods.problem(a);
        return period == null ? List.of() : List.of(period);
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("road-excavation-permit", "城市道路挖掘许可证")
                .validUntil(a.date("endDate"))
                .text("准予" + a.applicant().name() + "挖掘" + a.text("road") + "，长度" + Signboard.plain(a.decimal("length")) + "米，期限"
                        + a.date("startDate") + "至" + a.date("endDate") + "。施工现场应设置明显标志和安全防围设施，竣工后及时清理现场并报验收。")
                .build());
    }
}
