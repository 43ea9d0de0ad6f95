package org.qinqing.hall.dept.sci;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 技术经纪人登记: adults with at least college education whose broker training certificate is less
 * than 3 years old; the registration is valid for 3 years.
 */
final class TechnologyBroker implements ApprovalHandler {
    static final String[] EDUCATION = {"高中及以下", "大学专科", "大学本科", "硕士研究生", "博士研究生"};
    static final int ADULT = 18;
    static final int TRAINING_YEARS = 3;
    static final int VALID_YEARS = 3;

    @Override
    public CheckResult check(Application a) {
        if (a.applicant().ageOn(a.date()) < ADULT) {
            return CheckResult.reject("技术经纪人须年满" + ADULT + "周岁");
        }
        if (a.date("trainingDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("trainingDate", "发证日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (EDUCATION[0].equals(a.text("education"))) {
            out.add(Finding.field("education", "技术经纪人须具有大学专科以上学历"));
        }
        if (a.date("trainingDate").isBefore(a.date().minusYears(TRAINING_YEARS))) {
            out.add(Finding.field("trainingDate", "培训合格证书已超过" + TRAINING_YEARS + "年，须重新参加培训"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("technology-broker-registration", "技术经纪人登记证书")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text(a.applicant().name() + "已登记为技术经纪人，有效期" + VALID_YEARS + "年。")
                .build());
    }
}
