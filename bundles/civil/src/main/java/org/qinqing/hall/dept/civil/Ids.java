package org.qinqing.hall.dept.civil;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;

/** Reads birth date and sex from a resident ID number already validated by the platform (GB 11643). */
final class Ids {
    private Ids() {
    }

    static LocalDate birthDate(String id) {
        return LocalDate.parse(id.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
    }

    static int age(String id, LocalDate on) {
        return Period.between(birthDate(id), on).getYears();
    }

    static boolean male(String id) {
        return (id.charAt(16) - '0') % 2 == 1;
    }
}
