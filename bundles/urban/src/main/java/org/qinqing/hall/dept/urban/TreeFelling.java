package org.qinqing.hall.dept.urban;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 砍伐、迁移城市树木 (《城市绿化条例》第二十条、第二十四条): ancient and famous trees are never felled, and
 * moving one needs the government's approval, not this item; at least one tree. The approval is
 * issued for six months.
 */
final class TreeFelling implements ApprovalHandler {
    static final String[] REASONS = {"严重影响居住采光、通风和安全", "危及行人、车辆和管线安全", "病虫害或枯死", "城市建设需要"};
    static final int VALID_MONTHS = 6;

    @Override
    public CheckResult check(Application a) {
        if (a.flag("ancientTree")) {
            return CheckResult.reject("严禁砍伐古树名木；因特殊需要迁移古树名木的，须经城市园林绿化部门审查同意后报人民政府批准，不在本事项办理");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.integer("trees") < 1) {
            return List.of(Finding.field("trees", "树木株数至少为1"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("tree-felling-approval", "砍伐、迁移城市树木批准文件")
                .validUntil(a.date().plusMonths(VALID_MONTHS))
                .text("准予" + a.applicant().name() + a.text("action") + "位于" + a.text("location") + "的树木" + a.integer("trees")
                        + "株（理由：" + a.text("reason") + "），并按补植或补救方案落实补植。")
                .build());
    }
}
