package org.qinqing.hall.cases;

import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.store.Tx;

/**
 * For platform modules that change a {@code hall_case} row with their own SQL (the SLA scanner
 * firing a rung, a deadline recompute): the case service keeps the rows of cases in use in
 * memory, and must hear of such a change to read the row again once it is committed.
 *
 * @since 1.2
 */
@ProviderType
public interface CaseRows {

    /**
     * Call inside the unit that changed the row (after the change): when the unit commits, the
     * case service forgets what it kept of the case; if the unit fails, nothing changes.
     *
     * @param tx         the unit
     * @param caseNumber the case whose row the unit changed
     */
    void changed(Tx tx, String caseNumber);
}
