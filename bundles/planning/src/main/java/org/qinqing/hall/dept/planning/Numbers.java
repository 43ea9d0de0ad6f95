package org.qinqing.hall.dept.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.qinqing.hall.spi.Application;

/** Document numbers and figures shared by the handlers. */
final class Numbers {
    private Numbers() {
    }

    /** @return e.g. 深规划资源南许字〔2026〕000123号 */
    static String of(String word, Application a) {
        return word + "〔" + a.date().getYear() + "〕" + String.format("%06d", Math.floorMod(String.valueOf(a.caseNumber()).hashCode(), 1_000_000)) + "号";
    }

    /** @return floor area divided by site area, to two decimals */
    static BigDecimal far(Application a) {
        return a.decimal("floorArea").divide(a.decimal("siteArea"), 2, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
