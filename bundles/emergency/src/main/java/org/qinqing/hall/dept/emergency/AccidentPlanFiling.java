package org.qinqing.hall.dept.emergency;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 生产安全事故应急预案备案 (秒批, 《生产安全事故应急预案管理办法》). High-risk units (hazardous goods with
 * storage, construction, metallurgy, transport, medium-sized and larger) have their plan reviewed and
 * file the review opinion, and assess the plan at least every three years: a plan published more than
 * three years ago is assessed and revised first.
 */
final class AccidentPlanFiling implements ApprovalHandler {
    static final String OTHER = "其他生产经营单位";
    static final String[] INDUSTRIES = {"危险化学品经营（带储存设施）单位", "建筑施工单位", "金属冶炼单位", "道路运输单位",
        "中型规模以上的其他生产经营单位", OTHER};
    static final int REVIEW_YEARS = 3;

    static boolean highRisk(String industry) {
        return !OTHER.equals(industry);
    }

    @Override
    public CheckResult check(Application a) {
        if (a.date("publishedOn").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("publishedOn", "应急预案公布日期不能晚于备案日期"));
        }
        if (highRisk(a.text("industry")) && a.material("review-opinion") == null) {
            return CheckResult.supplement(Finding.material("review-opinion", a.text("industry") + "应当对应急预案进行评审或论证，请提交评审（论证）意见"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (highRisk(a.text("industry")) && a.date("publishedOn").plusYears(REVIEW_YEARS).isBefore(a.date())) {
            return List.of(Finding.field("publishedOn", "应急预案公布已超过3年，应当先进行评估并修订后重新备案"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("accident-plan-filing", "生产经营单位生产安全事故应急预案备案登记表")
                .text(a.applicant().name() + "于" + a.date("publishedOn") + "公布的生产安全事故应急预案已备案。")
                .attribute("publishedOn", a.date("publishedOn").toString())
                .build());
    }
}
