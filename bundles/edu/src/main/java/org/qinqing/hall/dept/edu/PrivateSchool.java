package org.qinqing.hall.dept.edu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 民办学校设立: no for-profit school may provide compulsory education (民办教育促进法 Art. 19);
 * the planned average class size keeps the national class-size limits (幼儿园工作规程: at most 35
 * children in a kindergarten class; primary classes at most 45, junior secondary at most 50 pupils).
 */
final class PrivateSchool implements ApprovalHandler {
    static final String KINDERGARTEN = "幼儿园";
    static final String PRIMARY = "小学";
    static final String JUNIOR = "初级中学";
    static final String[] LEVELS = {KINDERGARTEN, PRIMARY, JUNIOR};
    static final String NON_PROFIT = "非营利性";
    static final String FOR_PROFIT = "营利性";
    static final Map<String, Integer> MAX_CLASS_SIZE = Map.of(KINDERGARTEN, 35, PRIMARY, 45, JUNIOR, 50);

    @Override
    public CheckResult check(Application a) {
        if (a.integer("classes") < 1) {
            return CheckResult.supplement(Finding.field("classes", "拟设班级数至少为1个"));
        }
        if (a.integer("plannedEnrolment") < 1) {
            return CheckResult.supplement(Finding.field("plannedEnrolment", "拟招生规模须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        String level = a.text("schoolLevel");
        if (FOR_PROFIT.equals(a.text("nature")) && !KINDERGARTEN.equals(level)) {
            out.add(Finding.field("nature", "不得设立实施义务教育的营利性民办学校（《民办教育促进法》第十九条），" + level + "只能申请非营利性"));
        }
        int max = MAX_CLASS_SIZE.get(level);
        long classes = a.integer("classes");
        long pupils = a.integer("plannedEnrolment");
        if (pupils > classes * max) {
            out.add(Finding.field("plannedEnrolment", level + "每班不超过" + max + "人，" + classes + "个班最多招收"
                    + classes * max + "人，申报" + pupils + "人"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(EduSchoolItems.SCHOOL_LICENCE, "民办学校办学许可证")
                .text("准予设立" + a.text("schoolName") + "（" + a.text("schoolLevel") + "，" + a.text("nature") + "），举办者："
                        + a.applicant().name() + "，办学规模" + a.integer("plannedEnrolment") + "人。")
                .attribute("schoolLevel", a.text("schoolLevel"))
                .attribute("nature", a.text("nature"))
                .build());
    }
}
