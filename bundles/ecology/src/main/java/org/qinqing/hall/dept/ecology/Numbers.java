package org.qinqing.hall.dept.ecology;

import org.qinqing.hall.spi.Application;

/** Document numbers derived from the case number, so a case always yields the same number. */
final class Numbers {
    private Numbers() {
    }

    /** @return e.g. 深环南批〔2026〕000123号 */
    static String of(String word, Application a) {
        return word + "〔" + a.date().getYear() + "〕" + sequence(a) + "号";
    }

    static String sequence(Application a) {
        return String.format("%06d", Math.floorMod(String.valueOf(a.caseNumber()).hashCode(), 1_000_000));
    }
}
