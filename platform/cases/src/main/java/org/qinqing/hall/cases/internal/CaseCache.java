package org.qinqing.hall.cases.internal;

import java.util.Collection;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import org.qinqing.hall.store.RecentlyUsed;
import org.qinqing.hall.store.Tx;

/**
 * The committed rows of recently used cases, by case number: an action's snapshot of its case, a
 * view, a composite's list of its steps then look the row up instead of querying it.
 *
 * <p>The writes keep it in step, in commit order: a unit that inserts or updates a case puts the
 * row it wrote once its commit is durable ({@link Tx#onCommit}: before its caller, or the caller
 * of any later unit, is answered); the rung the SLA scanner records and the deadlines a recompute
 * moves (both through {@link CaseDeadlineWrites}) are put the same way. So a caller never reads back less
 * than what it was told is committed, and never what is not committed.
 *
 * <p>A change count (per stripe of case numbers) moves with every such commit. A read that
 * overlapped one does not keep what it read, and an update puts its row only if nothing changed
 * the case since the snapshot it started from (otherwise it drops the entry): the database stays
 * the truth, the cache at worst forgets.
 */
final class CaseCache {
    /** Set on a row that was not read through the cache (e.g. within a unit): its update drops the entry. */
    static final long NOT_STAMPED = -1;
    private static final int STRIPES = 8192;

    private final RecentlyUsed<String, CaseRow> rows;
    private final AtomicLongArray changes = new AtomicLongArray(STRIPES);

    /** @param size cases kept at most (the least recently used go first: the cases in hand are the ones just used) */
    CaseCache(int size) {
        this.rows = RecentlyUsed.ofSize(size);
    }

    /**
     * @param caseNumber a case number
     * @param read       reads the committed row from the database (outside any unit)
     * @return a copy of the case's row, stamped with the change count it was current at
     */
    Optional<CaseRow> get(String caseNumber, Supplier<Optional<CaseRow>> read) {
        int stripe = stripe(caseNumber);
        long stamp = changes.get(stripe);
        CaseRow kept = rows.get(caseNumber);
        if (kept != null) {
            return Optional.of(stamped(kept, stamp));
        }
        Optional<CaseRow> found = read.get();
        found.ifPresent(r -> {
            r.stamp = stamp;
            CaseRow copy = r.copy();
            rows.compute(caseNumber, (k, old) -> changes.get(stripe) != stamp || old != null && old.version > copy.version
                    ? old : copy);
        });
        return found;
    }

    /**
     * @return the rows of these cases that are kept (no database), as kept: to read (a summary),
     *         never to change or to act on
     */
    Map<String, CaseRow> kept(Collection<String> caseNumbers) {
        Map<String, CaseRow> out = new HashMap<>();
        for (String n : caseNumbers) {
            CaseRow r = rows.get(n);
            if (r != null) {
                out.put(n, r);
            }
        }
        return out;
    }

    /** A case was inserted in this unit: its row is kept once the unit commits. */
    void inserted(Tx tx, CaseRow row) {
        CaseRow copy = row.copy();
        tx.onCommit(() -> {
            changes.incrementAndGet(stripe(copy.caseNumber));
            rows.put(copy.caseNumber, copy);
        });
    }

    /**
     * A case was updated in this unit from {@code before} to {@code after}: once the unit commits,
     * {@code after} is kept if {@code before} was the case's current row when it was read,
     * otherwise the entry is dropped.
     */
    void updated(Tx tx, CaseRow before, CaseRow after) {
        CaseRow copy = after.copy();
        long stamp = before.stamp;
        tx.onCommit(() -> {
            int stripe = stripe(copy.caseNumber);
            if (stamp != NOT_STAMPED && changes.compareAndSet(stripe, stamp, stamp + 1)) {
                rows.put(copy.caseNumber, copy);
            } else {
                changes.incrementAndGet(stripe);
                rows.remove(copy.caseNumber);
            }
        });
    }

    /**
     * The scanner recorded a rung in this unit (the case keeps its version): once the unit
     * commits, a kept row takes the rung; a read or an update that overlapped does not keep what
     * it had (the change count moved).
     */
    void rungRecorded(Tx tx, String caseNumber, int rung, LocalDate nextRungOn) {
        tx.onCommit(() -> {
            changes.incrementAndGet(stripe(caseNumber));
            rows.computeIfPresent(caseNumber, (k, old) -> {
                CaseRow c = old.copy();
                c.slaRung = rung;
                c.nextRungOn = nextRungOn;
                return c;
            });
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
        tx.onCommit(() -> {
            changes.incrementAndGet(stripe(caseNumber));
            rows.remove(caseNumber);
        });
    }

    private static CaseRow stamped(CaseRow r, long stamp) {
        CaseRow c = r.copy();
        c.stamp = stamp;
        return c;
    }

    private static int stripe(String caseNumber) {
        return (caseNumber.hashCode() & 0x7fffffff) % STRIPES;
    }
}
