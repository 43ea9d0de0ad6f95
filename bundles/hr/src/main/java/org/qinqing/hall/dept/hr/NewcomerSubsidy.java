package org.qinqing.hall.dept.hr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 新引进人才租房和生活补贴: settled in Shenzhen within the last 12 months and under 35 (under 40
 * for doctors); 本科 15,000, 硕士 25,000, 博士 30,000 yuan.
 */
final class NewcomerSubsidy implements ApprovalHandler {
    static final Map<Education, Integer> AMOUNT = Map.of(Education.BACHELOR, 15_000, Education.MASTER, 25_000, Education.DOCTOR, 30_000);

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        Education e = Education.of(a.text("education"));
        int limit = e == Education.DOCTOR ? 40 : 35;
        if (a.applicant().ageOn(a.date()) >= limit) {
            out.add(Finding.rule(e.label + "学历申领须在" + limit + "周岁以下"));
        }
        if (a.date("settledDate").isBefore(a.date().minusMonths(12))) {
            out.add(Finding.field("settledDate", "户籍迁入已超过12个月，不在申领期内"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        int amount = AMOUNT.get(Education.of(a.text("education")));
        return List.of(IssuedDocument.of("subsidy-decision", "新引进人才租房和生活补贴核定通知")
                .text("核定补贴金额人民币" + amount + "元。").attribute("amount", String.valueOf(amount)).build());
    }
}
