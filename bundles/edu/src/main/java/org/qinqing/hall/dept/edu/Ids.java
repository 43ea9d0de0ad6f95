package org.qinqing.hall.dept.edu;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;

/** Reads a child's birth date from a resident ID number already validated by the platform (GB 11643). */
final class Ids {
    private Ids() {
    }

    static LocalDate birthDate(String id) {
        return LocalDate.parse(id.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
    }

    static int age(String id, LocalDate on) {
        return Period.between(birthDate(id), on).getYears();
    }

    /** @return 31 August of the school year the date falls in or precedes (the enrolment cut-off day) */
    static LocalDate cutOff(LocalDate on) {
        return LocalDate.of(on.getYear(), 8, 31);
    }
}
