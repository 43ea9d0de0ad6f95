package org.qinqing.hall.store.internal;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.AuditVerification;
import org.qinqing.hall.spi.AuditAnchor;

/**
 * Checks an intact chain against the anchors: every anchor line must carry a good signature, and
 * the record it anchored must still have the anchored hash. A chain rewritten after a change —
 * every later hash recomputed — passes the chain check but not this one; the first anchor that no
 * longer matches names the range the changed record lies in.
 */
final class AnchorCheck {

    private AnchorCheck() {
    }

    /** @param hashes the database's hash of each anchored record ({@code null}: no such record) */
    static AuditVerification against(AuditVerification chain, List<AuditAnchors.Line> lines, Map<Long, String> hashes) {
        long lastGood = 0;
        for (AuditAnchors.Line l : lines) {
            if (l.problem() != null) {
                return new AuditVerification(false, chain.records(), l.anchor() == null ? 0 : l.anchor().seq(), l.problem(), chain.headHash());
            }
            AuditAnchor a = l.anchor();
            String now = hashes.get(a.seq());
            if (now == null) {
                return new AuditVerification(false, chain.records(), chain.records() + 1, "record " + a.seq() + ", anchored on line "
                        + l.number() + " at " + a.anchoredAt() + ", is no longer in the chain (" + chain.records()
                        + " records): the chain was cut back", chain.headHash());
            }
            if (!now.equals(a.hash())) {
                long from = lastGood + 1;
                return new AuditVerification(false, chain.records(), from, "the chain was rewritten: the anchor on line " + l.number()
                        + " (taken " + a.anchoredAt() + ") says record " + a.seq() + " had hash " + a.hash().substring(0, 12)
                        + "…, the database has " + now.substring(0, 12) + "…; a record from " + from + " to " + a.seq()
                        + " was changed and every later hash recomputed", chain.headHash());
            }
            lastGood = Math.max(lastGood, a.seq());
        }
        return new AuditVerification(true, chain.records(), 0, "", chain.headHash());
    }
}
