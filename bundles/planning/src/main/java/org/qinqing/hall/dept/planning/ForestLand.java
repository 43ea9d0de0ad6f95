package org.qinqing.hall.dept.planning;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 使用林地审核 (《森林法》第三十七条、第三十八条): the forest vegetation restoration fee is paid for
 * permanent use; temporary use lasts generally at most two years, has an end date and no permanent
 * buildings.
 */
final class ForestLand implements ApprovalHandler {
    static final String PERMANENT = "建设项目占用林地";
    static final String TEMPORARY = "临时使用林地";
    static final int MAX_YEARS = 2;

    @Override
    public CheckResult check(Application a) {
        if (TEMPORARY.equals(a.text("useType")) && a.date("endDate") == null) {
            return CheckResult.supplement(Finding.field("endDate", "临时使用林地须填写结束日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (PERMANENT.equals(a.text("useType")) && !a.flag("vegetationFeePaid")) {
            out.add(Finding.field("vegetationFeePaid", "占用林地的单位应当缴纳森林植被恢复费"));
        }
        if (TEMPORARY.equals(a.text("useType"))) {
            if (a.date("endDate").isAfter(a.date("startDate").plusYears(MAX_YEARS))) {
                out.add(Finding.field("endDate", "临时使用林地的期限一般不超过二年"));
            }
            if (a.flag("permanentBuildings")) {
                out.add(Finding.field("permanentBuildings", "不得在临时使用的林地上修建永久性建筑物"));
            }
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        boolean temporary = TEMPORARY.equals(a.text("useType"));
        return List.of(IssuedDocument.of("forest-land-approval", temporary ? "临时使用林地批准书" : "使用林地审核同意书")
                .validUntil(temporary ? a.date("endDate") : null)
                .text("同意" + a.applicant().name() + a.text("useType") + Numbers.plain(a.decimal("area")) + "公顷。")
                .build());
    }
}
