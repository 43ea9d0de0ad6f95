package org.qinqing.hall.dept.culture;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 网吧设立 (互联网上网服务营业场所管理条例 Art. 9): at least 200 metres from any primary or secondary
 * school, and not in a residential building or compound. Opening hours 8:00 to 24:00, no minors.
 */
final class InternetCafe implements ApprovalHandler {
    static final BigDecimal SCHOOL_DISTANCE = new BigDecimal("200");

    @Override
    public CheckResult check(Application a) {
        if (a.integer("computers") < 1) {
            return CheckResult.supplement(Finding.field("computers", "计算机台数须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal("distanceToSchool").compareTo(SCHOOL_DISTANCE) < 0) {
            out.add(Finding.field("distanceToSchool", "中学、小学校园周围200米范围内不得设立网吧，现距离"
                    + a.decimal("distanceToSchool").toPlainString() + "米"));
        }
        if (a.flag("inResidentialBuilding")) {
            out.add(Finding.field("inResidentialBuilding", "居民住宅楼（院）内不得设立网吧"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("internet-cafe-licence", "网络文化经营许可证（互联网上网服务）")
                .text(a.applicant().name() + "，计算机" + a.integer("computers") + "台。每日8时至24时营业，不得接纳未成年人。")
                .build());
    }
}
