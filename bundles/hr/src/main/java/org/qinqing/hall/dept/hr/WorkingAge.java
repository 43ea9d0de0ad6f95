package org.qinqing.hall.dept.hr;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;

/**
 * Working-age limits shared by the employment rules: from 16 to the statutory retirement age of this
 * rule set (60 for men, 50 for women, as in {@link EmploymentRegistration}); and ages read from an
 * ID number in a form field.
 */
final class WorkingAge {
    static final int MIN = EmploymentRegistration.MIN_AGE;

    private WorkingAge() {
    }

    static int retirement(boolean male) {
        return male ? 60 : 50;
    }

    static int age(String id, LocalDate on) {
        return Period.between(LocalDate.parse(id.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE), on).getYears();
    }
}
