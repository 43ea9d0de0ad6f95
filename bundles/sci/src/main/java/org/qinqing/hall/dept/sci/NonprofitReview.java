package org.qinqing.hall.dept.sci;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.PartyType;

/**
 * 科技类民办非企业单位业务主管单位审查 (《民办非企业单位登记管理暂行条例》 第八条): only science and
 * technology scopes; an individual founder is an adult; staff suited to the activity (at least 3),
 * the necessary premises and lawful funds (at least 3万元). The consent is valid for 6 months for the
 * registration with the civil affairs bureau.
 */
final class NonprofitReview implements ApprovalHandler {
    static final String[] SCOPES = {"科学研究与技术开发", "科技咨询与技术服务", "科学技术普及", "其他"};
    static final long MIN_STAFF = 3;
    static final BigDecimal MIN_FUNDS = BigDecimal.valueOf(3);
    static final int VALID_MONTHS = 6;

    @Override
    public CheckResult check(Application a) {
        if ("其他".equals(a.text("scope"))) {
            return CheckResult.reject("业务范围不属于科技类，请向对应行业的业务主管单位申请审查");
        }
        if (a.applicant().kind() == PartyType.PERSON && a.applicant().ageOn(a.date()) < 18) {
            return CheckResult.reject("个人举办者须为完全民事行为能力人（年满18周岁）");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("staff") < MIN_STAFF) {
            out.add(Finding.field("staff", "须有与业务活动相适应的从业人员，不少于" + MIN_STAFF + "人"));
        }
        if (a.decimal("premisesArea").signum() <= 0) {
            out.add(Finding.field("premisesArea", "须有必要的业务场所"));
        }
        if (a.decimal("funds").compareTo(MIN_FUNDS) < 0) {
            out.add(Finding.field("funds", "开办资金须不少于" + MIN_FUNDS + "万元"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("nonprofit-sponsor-consent", "业务主管单位审查同意书")
                .validUntil(a.date().plusMonths(VALID_MONTHS))
                .text("同意作为“" + a.text("orgName") + "”的业务主管单位，请于" + a.date().plusMonths(VALID_MONTHS) + "前向区民政局申请成立登记。")
                .attribute("orgName", a.text("orgName"))
                .build());
    }
}
