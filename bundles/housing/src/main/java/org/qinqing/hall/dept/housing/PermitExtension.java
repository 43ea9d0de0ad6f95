package org.qinqing.hall.dept.housing;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 施工许可证延期 (建筑法 Art. 9): applied for before the start deadline, at most twice, each time for
 * at most three months; a permit whose deadline has passed has lapsed.
 */
final class PermitExtension implements ApprovalHandler {
    static final int MAX_EXTENSIONS = 2;
    static final int MAX_MONTHS = 3;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date().isAfter(a.date("startDeadline"))) {
            out.add(Finding.field("startDeadline", "开工期限已于" + a.date("startDeadline") + "届满，施工许可证已自行废止，须重新申领"));
        }
        if (a.integer("extensionsSoFar") >= MAX_EXTENSIONS) {
            out.add(Finding.field("extensionsSoFar", "施工许可证延期以两次为限，已延期" + a.integer("extensionsSoFar") + "次"));
        }
        if (a.integer("months") < 1 || a.integer("months") > MAX_MONTHS) {
            out.add(Finding.field("months", "每次延期不超过三个月，申请" + a.integer("months") + "个月"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        long n = a.integer("extensionsSoFar") + 1;
        return List.of(IssuedDocument.of(HousingBuildItems.PERMIT_KIND, "建筑工程施工许可证（延期）")
                .validUntil(a.date("startDeadline").plusMonths(a.integer("months")))
                .text("准予第" + n + "次延期开工，延期" + a.integer("months") + "个月。")
                .attribute("extensions", String.valueOf(n))
                .build());
    }
}
