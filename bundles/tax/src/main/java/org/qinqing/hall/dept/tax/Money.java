package org.qinqing.hall.dept.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in yuan, to the fen. */
final class Money {
    private Money() {
    }

    static BigDecimal yuan(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static String show(BigDecimal v) {
        return yuan(v).toPlainString();
    }
}
