package org.qinqing.hall.dept.police;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 普通护照、往来港澳通行证: a child under 16 applies with a guardian; nobody barred from leaving the
 * country by law (护照法 Art. 13) is issued one; valid five years under 16, ten years from 16
 * (护照法 Art. 7; the electronic Hong Kong and Macao permit likewise).
 */
final class TravelDocument implements ApprovalHandler {
    static final int ADULT = 16;

    private final String kind;
    private final String title;

    TravelDocument(String kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    @Override
    public CheckResult check(Application a) {
        if (a.applicant().ageOn(a.date()) < ADULT && a.text("guardianId") == null) {
            return CheckResult.supplement(Finding.field("guardianId", "未满十六周岁的，由监护人陪同申请，须填写监护人身份证号码"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.flag("exitRestricted")) {
            return List.of(Finding.field("exitRestricted", "属于法律规定不准出境情形的，不予签发" + title));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        int years = a.applicant().ageOn(a.date()) < ADULT ? 5 : 10;
        return List.of(IssuedDocument.of(kind, title)
                .validUntil(a.date().plusYears(years).minusDays(1))
                .text(a.applicant().name() + "，有效期" + years + "年。")
                .build());
    }
}
