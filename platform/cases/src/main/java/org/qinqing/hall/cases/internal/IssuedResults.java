package org.qinqing.hall.cases.internal;

import java.time.Instant;
import java.util.List;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.RecentlyUsed;
import org.qinqing.hall.store.Tx;

/**
 * The documents decided cases issued (their vault ids), by case: every view of a decided case and
 * every composite step after it shows them. The unit that decides a case issues all its documents
 * ({@link Lifecycle#issue}), so a decision's results never change: they are kept with the instant
 * of the decision, put when the deciding unit commits or read once, and a kept list is only used
 * for a row with that same decision.
 */
final class IssuedResults {
    private record Kept(Instant decidedAt, List<Long> vaultIds) {
    }

    private final RecentlyUsed<Long, Kept> kept;

    /** @param size cases kept at most */
    IssuedResults(int size) {
        this.kept = RecentlyUsed.ofSize(size);
    }

    /** @return the vault ids of the documents the committed row's decision issued (none for an undecided case) */
    List<Long> of(Database db, CaseRow r) {
        if (r.decidedAt == null) {
            return List.of();
        }
        Kept k = kept.get(r.id);
        if (k != null && k.decidedAt().equals(r.decidedAt)) {
            return k.vaultIds();
        }
        List<Long> ids = List.copyOf(db.read(c -> Views.results(c, r.id)));
        kept.put(r.id, new Kept(r.decidedAt, ids));
        return ids;
    }

    /** The unit deciding {@code row} issued these documents: kept once it commits. */
    void issued(Tx tx, CaseRow row, List<Long> vaultIds) {
        Kept k = new Kept(row.decidedAt, List.copyOf(vaultIds));
        long id = row.id;
        tx.onCommit(() -> kept.put(id, k));
    }
}
