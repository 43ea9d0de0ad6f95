package org.qinqing.hall.dept.sci;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages the recognition rules compare, to two decimals. */
final class Ratio {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratio() {
    }

    /** @return part / whole in percent, 0 when the whole is 0 */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** @return whether the percent is below the minimum */
    static boolean below(BigDecimal percent, long minimum) {
        return percent.compareTo(BigDecimal.valueOf(minimum)) < 0;
    }
}
