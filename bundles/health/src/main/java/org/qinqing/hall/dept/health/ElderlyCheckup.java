package org.qinqing.hall.dept.health;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 老年人免费健康体检 (秒批, 国家基本公共卫生服务规范): residents of 65 and over, once a calendar year. */
final class ElderlyCheckup implements ApprovalHandler {
    static final int MIN_AGE = 65;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        int age = a.applicant().ageOn(a.date());
        if (age < MIN_AGE) {
            out.add(Finding.rule("免费健康体检的对象为65岁及以上老年人，申请人现年" + age + "周岁"));
        }
        if (a.date("lastCheckup") != null && a.date("lastCheckup").getYear() == a.date().getYear()) {
            out.add(Finding.field("lastCheckup", "老年人免费健康体检每年1次，本年度已于" + a.date("lastCheckup") + "体检"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("checkup-appointment", "老年人免费健康体检预约单")
                .validUntil(a.date().withDayOfYear(a.date().lengthOfYear()))
                .text(a.applicant().name() + "，请于本年度内到" + a.text("centre") + "参加免费健康体检。")
                .build());
    }
}
