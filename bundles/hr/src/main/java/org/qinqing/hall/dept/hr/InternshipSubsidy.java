package org.qinqing.hall.dept.hr;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;

/**
 * 就业见习补贴: the intern is a graduate within two years of leaving school or an unemployed young
 * person of 16 to 24; the internship lasts 3 to 12 months.
 */
final class InternshipSubsidy implements ApprovalHandler {
    static final int MIN_MONTHS = 3;
    static final int MAX_MONTHS = 12;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        int age = WorkingAge.age(a.text("internId"), a.date());
        boolean recentGraduate = a.date("graduationDate") != null && !a.date("graduationDate").isBefore(a.date().minusYears(2));
        boolean youth = age >= WorkingAge.MIN && age <= 24;
        if (!recentGraduate && !youth) {
            out.add(Finding.field("internId", "见习人员须为离校2年内未就业高校毕业生或16至24周岁失业青年，该人员" + age + "周岁"));
        }
        long months = a.integer("months");
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            out.add(Finding.field("months", "见习期限为3至12个月，申报" + months + "个月"));
        }
        return out;
    }
}
