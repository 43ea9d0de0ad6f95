package org.qinqing.hall.dept.justice;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 人民陪审员 (人民陪审员法): at least 28 years old and as a rule of senior-secondary education
 * (Art. 5); not a member of the excluded professions (Art. 6); no criminal penalty, not a listed
 * dishonest judgment debtor (Art. 7).
 */
final class PeopleAssessor implements ApprovalHandler {
    static final int MIN_AGE = 28;
    static final String[] EDUCATION = {"初中及以下", "高中（含中专）", "大学专科", "大学本科及以上"};
    static final String ORDINARY = "其他职业";
    static final String[] OCCUPATIONS = {ORDINARY, "人大常委会组成人员",
        "监察委员会、人民法院、人民检察院、公安机关、国家安全机关、司法行政机关工作人员", "律师、公证员、仲裁员、基层法律服务工作者"};

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        int age = a.applicant().ageOn(a.date());
        if (age < MIN_AGE) {
            out.add(Finding.rule("担任人民陪审员须年满28周岁，申请人现年" + age + "周岁"));
        }
        if (EDUCATION[0].equals(a.text("education"))) {
            out.add(Finding.field("education", "担任人民陪审员一般应当具有高中以上文化程度"));
        }
        if (!ORDINARY.equals(a.text("occupation"))) {
            out.add(Finding.field("occupation", a.text("occupation") + "不能担任人民陪审员（《人民陪审员法》第六条）"));
        }
        if (a.flag("criminalRecord")) {
            out.add(Finding.field("criminalRecord", "受过刑事处罚的，不能担任人民陪审员"));
        }
        if (a.flag("dishonestDebtor")) {
            out.add(Finding.field("dishonestDebtor", "被纳入失信被执行人名单的，不能担任人民陪审员"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("people-assessor-candidate", "人民陪审员候选人资格审查通过通知")
                .text(a.applicant().name() + "通过人民陪审员候选人资格审查，由区人民法院院长提请区人民代表大会常务委员会任命。")
                .build());
    }
}
