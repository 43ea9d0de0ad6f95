package org.qinqing.hall.dept.hr;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 应届毕业生接收: graduated within the last two years, bachelor or above, age limit as for talent. */
final class GraduateReception implements ApprovalHandler {
    static final int GRADUATE_YEARS = 2;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date("graduationDate").isBefore(a.date().minusYears(GRADUATE_YEARS))) {
            out.add(Finding.field("graduationDate", "毕业已超过" + GRADUATE_YEARS + "年，不属于应届毕业生，请按在职人才引进申请"));
        }
        if (a.date("graduationDate").isAfter(a.date().plusMonths(12))) {
            out.add(Finding.field("graduationDate", "毕业时间须在一年以内"));
        }
        Education e = Education.of(a.text("education"));
        if (a.applicant().ageOn(a.date()) >= e.maxAge) {
            out.add(Finding.rule(e.label + "学历接收须在" + e.maxAge + "周岁以下"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("graduate-reception-letter", "深圳市接收应届毕业生函")
                .validUntil(a.date().plusMonths(6))
                .text("同意接收" + a.text("school") + a.text("education") + "毕业生" + a.applicant().name() + "。")
                .build());
    }
}
