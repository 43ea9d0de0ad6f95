package org.qinqing.hall.cases.internal;

import java.time.Instant;
import java.util.List;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Rows;
import org.qinqing.hall.store.Tx;

/**
 * The documents decided cases issued (their vault ids), by case id, in the store's cache of
 * committed rows (region {@code cases.results}): every view of a decided case and every composite
 * step after it shows them. The unit that decides a case issues all its documents
 * ({@link Lifecycle#issue}) and says so; a kept list carries the instant of its decision and is
 * only used for a row with that same decision.
 */
final class IssuedResults {
    static final String REGION = "cases.results";

    private record Kept(Instant decidedAt, List<Long> vaultIds) {
    }

    private final Region<Kept> kept;

    /** @param size cases kept at most */
    IssuedResults(Rows rows, int size) {
        this.kept = rows.region(REGION, size);
    }

    /** @return the vault ids of the documents the committed row's decision issued (none for an undecided case) */
    List<Long> of(Database db, CaseRow r) {
        if (r.decidedAt == null) {
            return List.of();
        }
        String key = Long.toString(r.id);
        Kept k = kept.get(key, id -> new Kept(r.decidedAt, List.copyOf(db.read(c -> Views.results(c, r.id)))));
        if (!k.decidedAt().equals(r.decidedAt)) {
            // kept for another decision of the case than this row's: read this one's, keep nothing
            return List.copyOf(db.read(c -> Views.results(c, r.id)));
        }
        return k.vaultIds();
    }

    /** The unit deciding {@code row} issued these documents: kept once it commits. */
    void issued(Tx tx, CaseRow row, List<Long> vaultIds) {
        kept.changed(tx, Long.toString(row.id), new Kept(row.decidedAt, List.copyOf(vaultIds)));
    }
}
