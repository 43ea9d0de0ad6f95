package org.qinqing.hall.dept.edu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 民办学校学位补贴 (秒批): once per school year; the pupil's age fits the stage (a primary pupil has
 * turned 6, a junior secondary pupil 11 by the school year's cut-off); 7,000 yuan a year for
 * primary, 9,000 for junior secondary.
 */
final class PlaceSubsidy implements ApprovalHandler {
    static final String PRIMARY = "小学";
    static final String JUNIOR = "初中";
    static final Map<String, Integer> AMOUNT = Map.of(PRIMARY, 7000, JUNIOR, 9000);
    static final Map<String, Integer> MIN_AGE = Map.of(PRIMARY, 6, JUNIOR, 11);

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.flag("claimedThisYear")) {
            out.add(Finding.field("claimedThisYear", "学位补贴每学年申领一次，本学年已申领"));
        }
        String stage = a.text("stage");
        int age = Ids.age(a.text("childId"), PreschoolSubsidy.schoolYearCutOff(a.date()));
        if (age < MIN_AGE.get(stage)) {
            out.add(Finding.field("childId", stage + "阶段学生须在入学当年8月31日前年满" + MIN_AGE.get(stage) + "周岁，与所填学段不符"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        int amount = AMOUNT.get(a.text("stage"));
        return List.of(IssuedDocument.of("subsidy-decision", "义务教育阶段学位补贴核定通知")
                .text("核定本学年" + a.text("stage") + "学位补贴人民币" + amount + "元，直接冲抵学费。")
                .attribute("amount", String.valueOf(amount))
                .build());
    }
}
