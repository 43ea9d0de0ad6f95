package org.qinqing.hall.dept.transport;

import org.qinqing.hall.spi.Application;

/** Certificate numbers derived from the case number, so a case always yields the same number. */
final class Numbers {
    private Numbers() {
    }

    static String sequence(Application a, int digits) {
        int bound = (int) Math.pow(10, digits);
        return String.format("%0" + digits + "d", Math.floorMod(String.valueOf(a.caseNumber()).hashCode(), bound));
    }
}
