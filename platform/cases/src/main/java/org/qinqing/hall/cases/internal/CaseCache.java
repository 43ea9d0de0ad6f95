package org.qinqing.hall.cases.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Rows;
import org.qinqing.hall.store.Tx;

/**
 * The committed rows of recently used cases, by case number, in the store's cache of committed
 * rows (region {@code cases.row}; the store's coherence rule: {@link Rows}): an action's snapshot
 * of its case, a view, a composite's list of its steps look the row up instead of querying it.
 *
 * <p>The writes say what they changed: an insert (and a recompute, which reads its row back)
 * leaves its row; an update leaves its row only if the kept entry is still the one its snapshot
 * was copied from (an update writes the columns it changed, so a row changed meanwhile by other
 * means would not be what it wrote), otherwise the entry is dropped; a rung the SLA scanner
 * records changes a kept row's two columns.
 */
final class CaseCache {
    static final String REGION = "cases.row";

    private final Region<CaseRow> rows;

    /** @param size cases kept at most (the least recently used go first: the cases in hand are the ones just used) */
    CaseCache(Rows rows, int size) {
        this.rows = rows.region(REGION, size);
    }

    /**
     * @param caseNumber a case number
     * @param read       reads the committed row from the database (outside any unit)
     * @return a copy of the case's row, which remembers the kept row it was copied from
     */
    Optional<CaseRow> get(String caseNumber, Supplier<Optional<CaseRow>> read) {
        CaseRow kept = rows.get(caseNumber, k -> read.get().orElse(null));
        return Optional.ofNullable(kept).map(CaseCache::snapshot);
    }

    /**
     * @return the rows of these cases that are kept (no database), as kept: to read (a summary),
     *         never to change or to act on
     */
    Map<String, CaseRow> kept(Collection<String> caseNumbers) {
        Map<String, CaseRow> out = new HashMap<>();
        for (String n : caseNumbers) {
            CaseRow r = rows.peek(n);
            if (r != null) {
                out.put(n, r);
            }
        }
        return out;
    }

    /**
     * @return the case's row as this unit sees it: the kept one, unless a unit not yet applied changed it (then, or when
     *         none is kept, read through the unit); to compare with, never to change or to act on
     */
    Optional<CaseRow> inUnit(Tx tx, String caseNumber) throws java.sql.SQLException {
        return Optional.ofNullable(rows.get(tx, caseNumber, t -> CaseRepository.find(t, caseNumber).orElse(null)));
    }

    /** A case was inserted in this unit: its row is kept once the unit commits. */
    void inserted(Tx tx, CaseRow row) {
        CaseRow copy = row.copy();
        copy.keptFrom = null;
        rows.changed(tx, copy.caseNumber, copy);
    }

    /**
     * A case was updated in this unit from {@code before} to {@code after}: once the unit commits,
     * {@code after} is kept if the kept entry is still the one {@code before} was copied from,
     * otherwise the entry is dropped.
     */
    void updated(Tx tx, CaseRow before, CaseRow after) {
        CaseRow copy = after.copy();
        copy.keptFrom = null;
        CaseRow from = before.keptFrom;
        rows.changedPart(tx, copy.caseNumber, old -> old == from ? copy : null);
    }

    /** The scanner recorded a rung in this unit (the case keeps its version): once the unit commits, a kept row takes the rung. */
    void rungRecorded(Tx tx, String caseNumber, int rung, LocalDate nextRungOn) {
        rows.changedPart(tx, caseNumber, old -> {
            CaseRow c = old.copy();
            c.slaRung = rung;
            c.nextRungOn = nextRungOn;
            return c;
        });
    }

    /** This unit wrote the case's row as {@code row} (read back inside it): kept once the unit commits. */
    void wrote(Tx tx, CaseRow row) {
        inserted(tx, row);
    }

    /**
     * For tests in this package that change a row with SQL of their own (as an old release left
     * it): the entry is dropped once the unit commits. Module code writes through the case module.
     */
    void forget(Tx tx, String caseNumber) {
        rows.changed(tx, caseNumber);
    }

    private static CaseRow snapshot(CaseRow kept) {
        CaseRow c = kept.copy();
        c.keptFrom = kept;
        return c;
    }
}
