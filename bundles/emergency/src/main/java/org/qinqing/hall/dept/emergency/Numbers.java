package org.qinqing.hall.dept.emergency;

import org.qinqing.hall.spi.Application;

/** Certificate numbers derived from the case number, so a case always yields the same number. */
final class Numbers {
    private Numbers() {
    }

    /** @return e.g. 粤深南危化经字〔2026〕000123号 */
    static String of(String word, Application a) {
        return "粤深南" + word + "〔" + a.date().getYear() + "〕" + String.format("%06d", Math.floorMod(String.valueOf(a.caseNumber()).hashCode(), 1_000_000)) + "号";
    }
}
