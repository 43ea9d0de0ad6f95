package org.qinqing.hall.dept.edu;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 校外培训机构设立 (学科类). At intake: non-subject training is licensed by the culture, sports or
 * science departments; no new subject-training institution is approved for compulsory-education
 * pupils, and none may teach subjects to pre-school children ("双减"). In review (国办发〔2018〕80号):
 * at least 3 m² per student present at the same time, lessons end by 20:30, every subject teacher
 * holds a teacher qualification, and fees are never collected for more than 3 months at once.
 */
final class TrainingInstitution implements ApprovalHandler {
    static final String SUBJECT = "学科类";
    static final String NON_SUBJECT = "非学科类（文化艺术、体育、科技等）";
    static final String[] CATEGORIES = {SUBJECT, NON_SUBJECT};
    static final String COMPULSORY = "义务教育阶段学生";
    static final String SENIOR = "普通高中学生";
    static final String PRESCHOOL = "学龄前儿童";
    static final String[] STAGES = {SENIOR, COMPULSORY, PRESCHOOL};
    static final BigDecimal AREA_PER_STUDENT = new BigDecimal("3");
    static final LocalTime LATEST_END = LocalTime.of(20, 30);
    static final int MAX_FEE_MONTHS = 3;

    @Override
    public CheckResult check(Application a) {
        if (NON_SUBJECT.equals(a.text("category"))) {
            return CheckResult.reject("非学科类校外培训机构按类别分别由文化广电旅游体育、科技等部门审批，请向相应部门申请");
        }
        if (COMPULSORY.equals(a.text("targetStage"))) {
            return CheckResult.reject("各地不再审批新的面向义务教育阶段学生的学科类校外培训机构");
        }
        if (PRESCHOOL.equals(a.text("targetStage"))) {
            return CheckResult.reject("不得面向学龄前儿童开展学科类（含外语）培训");
        }
        if (endTime(a) == null) {
            return CheckResult.supplement(Finding.field("latestEndTime", "最晚结束时间须为“时:分”格式，如20:30"));
        }
        if (a.integer("maxStudents") < 1 || a.integer("teachers") < 1) {
            return CheckResult.supplement(Finding.field("maxStudents", "学员人数和教师人数须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        BigDecimal needed = AREA_PER_STUDENT.multiply(BigDecimal.valueOf(a.integer("maxStudents")));
        if (a.decimal("area").compareTo(needed) < 0) {
            out.add(Finding.field("area", "同一培训时段内生均面积不低于3平方米，" + a.integer("maxStudents") + "名学员至少需"
                    + needed + "平方米，申报" + a.decimal("area") + "平方米"));
        }
        LocalTime end = endTime(a);
        if (end != null && end.isAfter(LATEST_END)) {
            out.add(Finding.field("latestEndTime", "培训结束时间不得晚于20:30，申报" + a.text("latestEndTime")));
        }
        if (a.integer("qualifiedTeachers") < a.integer("teachers")) {
            out.add(Finding.field("qualifiedTeachers", "从事学科类培训的教师须具有相应教师资格，" + a.integer("teachers") + "名教师中仅"
                    + a.integer("qualifiedTeachers") + "名具有教师资格"));
        }
        if (a.integer("feeMonths") > MAX_FEE_MONTHS) {
            out.add(Finding.field("feeMonths", "不得一次性收取时间跨度超过3个月的费用，申报" + a.integer("feeMonths") + "个月"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(EduSchoolItems.SCHOOL_LICENCE, "民办学校办学许可证（校外培训机构）")
                .text(a.applicant().name() + "，培训类别：学科类，培训对象：" + a.text("targetStage") + "，同一时段最多"
                        + a.integer("maxStudents") + "名学员，每日培训不晚于20:30结束。")
                .attribute("targetStage", a.text("targetStage"))
                .build());
    }

    private static LocalTime endTime(Application a) {
        try {
            String t = a.text("latestEndTime");
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
