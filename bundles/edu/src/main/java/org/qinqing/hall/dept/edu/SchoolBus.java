package org.qinqing.hall.dept.edu;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 校车使用许可 (校车安全管理条例): the bus may not carry more pupils than its rated seats; the driver
 * is 25 to 60 years old (Art. 23); the carrier's liability insurance is in force. The school-bus
 * plate runs until the insurance ends.
 */
final class SchoolBus implements ApprovalHandler {
    static final int DRIVER_MIN_AGE = 25;
    static final int DRIVER_MAX_AGE = 60;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("students") > a.integer("seats")) {
            out.add(Finding.field("students", "校车载人不得超过核定人数" + a.integer("seats") + "人，拟乘坐" + a.integer("students") + "人"));
        }
        int age = Ids.age(a.text("driverId"), a.date());
        if (age < DRIVER_MIN_AGE || age > DRIVER_MAX_AGE) {
            out.add(Finding.field("driverId", "校车驾驶人年龄须在25周岁以上、不超过60周岁，该驾驶人" + age + "周岁"));
        }
        if (!a.date("insuranceUntil").isAfter(a.date())) {
            out.add(Finding.field("insuranceUntil", "机动车承运人责任保险已到期，须续保后申请"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("school-bus-licence", "校车使用许可（校车标牌）")
                .validUntil(a.date("insuranceUntil"))
                .text("准予" + a.applicant().name() + "使用校车，核定载人" + a.integer("seats") + "人。")
                .build());
    }
}
