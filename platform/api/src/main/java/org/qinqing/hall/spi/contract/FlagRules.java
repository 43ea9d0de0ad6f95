package org.qinqing.hall.spi.contract;

import java.util.function.Consumer;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;

/** Consistency of an item's flags and visit count. */
final class FlagRules {

    private FlagRules() {
    }

    static void check(Item item, Consumer<String> violation) {
        requires(item, Flag.FULLY_ONLINE, Flag.ONLINE, violation);
        requires(item, Flag.ZERO_VISIT, Flag.FULLY_ONLINE, violation);
        requires(item, Flag.WECHAT, Flag.ONLINE, violation);
        requires(item, Flag.INSTANT_APPROVAL, Flag.ZERO_VISIT, violation);
        if (item.has(Flag.ZERO_VISIT) && item.maxVisits() != 0) {
            violation.accept("zeroVisit but max visits is " + item.maxVisits());
        }
        if (!item.has(Flag.ZERO_VISIT) && item.maxVisits() == 0) {
            violation.accept("max visits is 0 but the item is not flagged zeroVisit");
        }
    }

    private static void requires(Item item, Flag flag, Flag required, Consumer<String> violation) {
        if (item.has(flag) && !item.has(required)) {
            violation.accept(flag.key() + " requires " + required.key());
        }
    }
}
