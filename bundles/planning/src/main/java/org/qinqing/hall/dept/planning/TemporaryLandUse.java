package org.qinqing.hall.dept.planning;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 临时用地 (《土地管理法》第五十七条, 实施条例第二十条): generally at most two years, four for long
 * infrastructure projects (energy, transport, water); no permanent buildings.
 */
final class TemporaryLandUse implements ApprovalHandler {
    static final String INFRASTRUCTURE = "能源、交通、水利等基础设施建设";
    static final String[] PURPOSES = {"建设项目施工", "地质勘查", INFRASTRUCTURE};

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        int years = INFRASTRUCTURE.equals(a.text("purpose")) ? 4 : 2;
        if (a.date("endDate").isBefore(a.date("startDate"))) {
            out.add(Finding.field("endDate", "结束日期不能早于开始日期"));
        } else if (a.date("endDate").isAfter(a.date("startDate").plusYears(years))) {
            out.add(Finding.field("endDate", (years == 4 ? "基础设施建设使用的临时用地期限不超过四年" : "临时用地期限一般不超过二年")));
        }
        if (a.flag("permanentBuildings")) {
            out.add(Finding.field("permanentBuildings", "临时使用的土地上不得修建永久性建筑物"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("temporary-land-use-approval", "临时用地批复")
                .validUntil(a.date("endDate"))
                .text("同意" + a.applicant().name() + "临时使用土地" + Numbers.plain(a.decimal("area")) + "平方米用于" + a.text("purpose") + "，期限"
                        + a.date("startDate") + "至" + a.date("endDate") + "，期满恢复原状并交还。")
                .build());
    }
}
