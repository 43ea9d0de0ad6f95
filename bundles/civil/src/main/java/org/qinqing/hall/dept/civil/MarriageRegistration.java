package org.qinqing.hall.dept.civil;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 结婚登记 (民法典 Arts. 1046-1049): a man and a woman, the man at least 22 and the woman at least
 * 20 years old, neither married (no bigamy, Art. 1042), not related in the direct line or within
 * three generations collaterally (Art. 1048), both consenting and present in person.
 */
final class MarriageRegistration implements ApprovalHandler {
    static final String MARRIED = "有配偶";
    static final String[] STATUS = {"未婚", "离婚", "丧偶", MARRIED};
    static final int MAN_AGE = 22;
    static final int WOMAN_AGE = 20;

    @Override
    public CheckResult check(Application a) {
        if (a.text("spouseId").equals(a.applicant().number())) {
            return CheckResult.supplement(Finding.field("spouseId", "对方身份证号码不能与本人相同"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        boolean applicantMale = a.applicant().male();
        String spouse = a.text("spouseId");
        if (applicantMale == Ids.male(spouse)) {
            out.add(Finding.field("spouseId", "结婚登记须由男女双方共同申请"));
        }
        checkAge("本人", applicantMale, a.applicant().ageOn(a.date()), out);
        checkAge("对方", Ids.male(spouse), Ids.age(spouse, a.date()), out);
        if (MARRIED.equals(a.text("applicantStatus"))) {
            out.add(Finding.field("applicantStatus", "本人有配偶，不予登记（禁止重婚）"));
        }
        if (MARRIED.equals(a.text("spouseStatus"))) {
            out.add(Finding.field("spouseStatus", "对方有配偶，不予登记（禁止重婚）"));
        }
        if (!a.flag("noProhibitedKinship")) {
            out.add(Finding.field("noProhibitedKinship", "直系血亲或者三代以内旁系血亲禁止结婚"));
        }
        return out;
    }

    private static void checkAge(String who, boolean male, int age, List<Finding> out) {
        int min = male ? MAN_AGE : WOMAN_AGE;
        if (age < min) {
            out.add(Finding.rule(who + (male ? "（男）" : "（女）") + "现年" + age + "周岁，未达法定婚龄" + min + "周岁"));
        }
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(CivilMarriageItems.MARRIAGE_CERTIFICATE, "结婚证")
                .text(a.applicant().name() + "与对方当事人自愿结婚，经审查符合《中华人民共和国民法典》关于结婚的规定，准予登记，发给此证。")
                .attribute("registrationDate", a.date().toString())
                .build());
    }
}
