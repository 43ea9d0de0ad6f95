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
 * 教师资格认定. Education (教师法 Art. 11): kindergarten and primary teachers at least secondary
 * normal school, junior secondary teachers at least a junior college diploma. Putonghua (实施办法):
 * at least level 2B, Chinese-language teachers at least 2A. The national exam certificate is valid
 * three years.
 */
final class TeacherQualification implements ApprovalHandler {
    static final String[] LEVELS = {"幼儿园", "小学", "初级中学"};
    static final String[] SUBJECTS = {"语文", "数学", "英语", "道德与法治", "历史", "地理", "物理", "化学", "生物",
        "科学", "音乐", "体育", "美术", "信息技术", "心理健康教育", "幼儿园（不分学科）"};
    static final String[] EDUCATION = {"中等专业学校（含中等师范学校）", "大学专科", "大学本科", "研究生"};
    /** Putonghua grades, best first. */
    static final String[] MANDARIN = {"一级甲等", "一级乙等", "二级甲等", "二级乙等", "三级甲等", "三级乙等"};
    static final Map<String, Integer> MIN_EDUCATION = Map.of("幼儿园", 0, "小学", 0, "初级中学", 1);
    static final int LEVEL_2A = 2;
    static final int LEVEL_2B = 3;
    static final int EXAM_VALID_YEARS = 3;

    @Override
    public CheckResult check(Application a) {
        if (a.date("examPassedDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("examPassedDate", "考试合格证明签发日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        String level = a.text("level");
        if (index(EDUCATION, a.text("education")) < MIN_EDUCATION.get(level)) {
            out.add(Finding.field("education", "申请" + level + "教师资格应具备大学专科及以上学历（《教师法》第十一条）"));
        }
        int mandarin = index(MANDARIN, a.text("mandarin"));
        boolean chinese = "语文".equals(a.text("subject"));
        if (chinese && mandarin > LEVEL_2A) {
            out.add(Finding.field("mandarin", "语文教师普通话水平应达到二级甲等及以上，现为" + a.text("mandarin")));
        } else if (mandarin > LEVEL_2B) {
            out.add(Finding.field("mandarin", "普通话水平应达到二级乙等及以上，现为" + a.text("mandarin")));
        }
        if (a.date("examPassedDate").isBefore(a.date().minusYears(EXAM_VALID_YEARS))) {
            out.add(Finding.field("examPassedDate", "中小学教师资格考试合格证明有效期为3年，已过期，须重新参加考试"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(EduTeacherItems.TEACHER_CERTIFICATE, "教师资格证书")
                .text(a.applicant().name() + "具备" + a.text("level") + "教师资格，任教学科：" + a.text("subject") + "。")
                .attribute("level", a.text("level"))
                .attribute("subject", a.text("subject"))
                .build());
    }

    static int index(String[] values, String value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown value " + value);
    }
}
