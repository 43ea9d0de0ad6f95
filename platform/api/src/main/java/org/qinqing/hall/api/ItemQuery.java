package org.qinqing.hall.api;

import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.PartyType;

/**
 * A catalogue search; every criterion is optional ({@code null}) and all given ones must match.
 *
 * @param department department code
 * @param text words matched against name, pinyin, keywords and code
 * @param party applicant type: items admitting it match ({@code BOTH} items match either)
 * @param flag a flag the item must carry
 */
public record ItemQuery(String department, String text, PartyType party, Flag flag) {

    /** A query that matches every item. */
    public static final ItemQuery ALL = new ItemQuery(null, null, null, null);
}
