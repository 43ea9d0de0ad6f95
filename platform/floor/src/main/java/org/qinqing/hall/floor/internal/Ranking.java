package org.qinqing.hall.floor.internal;

import java.time.Instant;
import java.util.Comparator;

/**
 * The calling order (叫号规则): a ticket transferred to the window first; then walk-ins that have
 * waited past the threshold; then checked-in appointments; then VIP parties; then walk-ins; within
 * each, the longest wait first. {@link CallOrder} merges the candidates of each class with it;
 * the ticket desk counts the tickets ahead of a ticket with it.
 */
final class Ranking {
    private Ranking() {
    }

    /** A waiting ticket as the order sees it. */
    record Waiting(long id, String kind, boolean vip, Instant issuedAt) {
    }

    static int rank(Waiting w, Instant overdueBefore) {
        if (w.kind().equals("WALK_IN") && w.issuedAt().isBefore(overdueBefore)) {
            return 1;
        }
        if (w.kind().equals("APPOINTMENT")) {
            return 2;
        }
        return w.vip() ? 3 : 4;
    }

    static Comparator<Waiting> order(Instant overdueBefore) {
        return Comparator.<Waiting>comparingInt(w -> rank(w, overdueBefore)).thenComparing(Waiting::issuedAt).thenComparingLong(Waiting::id);
    }
}
