package org.qinqing.hall.dept.edu;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 幼儿园在园儿童健康成长补贴 (秒批): for children of kindergarten age in the current school year —
 * 3 to 5 full years old on 31 August before the school year began; 1,500 yuan per child per year.
 */
final class PreschoolSubsidy implements ApprovalHandler {
    static final int ANNUAL_AMOUNT = 1500;

    @Override
    public List<Finding> review(Application a) {
        LocalDate cutOff = schoolYearCutOff(a.date());
        int age = Ids.age(a.text("childId"), cutOff);
        if (age < 3 || age > 5) {
            return List.of(Finding.field("childId", "补贴对象为在园3至6周岁儿童：须于" + cutOff + "年满3周岁且未满6周岁，该儿童当日" + age + "周岁"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("subsidy-decision", "幼儿园在园儿童健康成长补贴核定通知")
                .text(a.text("kindergarten") + "在园儿童，本学年健康成长补贴人民币" + ANNUAL_AMOUNT + "元。")
                .attribute("amount", String.valueOf(ANNUAL_AMOUNT))
                .build());
    }

    /** @return 31 August before the school year (starting 1 September) the date falls in */
    static LocalDate schoolYearCutOff(LocalDate on) {
        int year = on.getMonthValue() >= 9 ? on.getYear() : on.getYear() - 1;
        return LocalDate.of(year, 8, 31);
    }
}
