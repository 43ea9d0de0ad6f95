package org.qinqing.hall.composite.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.RecentlyUsed;
import org.qinqing.hall.store.Tx;

/**
 * The committed states of recently used composite cases, by case number: a view, a completion,
 * the start of a step after a join look the composite and its steps up instead of querying them.
 *
 * <p>The units keep it in step, in commit order: a unit that changes a composite publishes a copy
 * of the state it left ({@link KnownStates}, the writer's own), which is kept once the unit's commit
 * is durable ({@link Tx#onCommit}: before its caller is answered); a unit that changes the rows
 * without that state drops the entry. A read from the database that overlapped such a commit (a
 * change count per stripe of case numbers) does not keep what it read. The database stays the
 * truth; this at worst forgets. Kept states are shared: read them, never change them.
 */
final class CommittedComposites {
    private static final int STRIPES = 4096;

    private final RecentlyUsed<String, CompositeRepository.State> states;
    private final AtomicLongArray changes = new AtomicLongArray(STRIPES);

    /** @param size composites kept at most (the least recently used go first) */
    CommittedComposites(int size) {
        this.states = RecentlyUsed.ofSize(size);
    }

    /** @return the composite's committed state (shared: read only), kept or read with one connection */
    Optional<CompositeRepository.State> get(Database db, String caseNumber) {
        return get(caseNumber, () -> db.read(c -> CompositeRepository.whole(c, caseNumber)));
    }

    /**
     * @param read reads the committed state from the database (outside any unit)
     * @return the composite's committed state (shared: read only)
     */
    Optional<CompositeRepository.State> get(String caseNumber, Supplier<Optional<CompositeRepository.State>> read) {
        int stripe = stripe(caseNumber);
        long stamp = changes.get(stripe);
        CompositeRepository.State kept = states.get(caseNumber);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<CompositeRepository.State> found = read.get();
        found.ifPresent(s -> states.compute(caseNumber, (k, old) -> changes.get(stripe) != stamp ? old : s));
        return found;
    }

    /** The unit left the composite in {@code state}: a copy of it is kept once the unit commits. */
    void published(Tx tx, CompositeRepository.State state) {
        CompositeRepository.State copy = state.copy();
        String number = copy.composite().caseNumber;
        tx.onCommit(() -> {
            changes.incrementAndGet(stripe(number));
            states.put(number, copy);
        });
    }

    /** The unit changed the composite's rows other than through its kept state: the entry is dropped once it commits. */
    void dropped(Tx tx, String caseNumber) {
        tx.onCommit(() -> {
            changes.incrementAndGet(stripe(caseNumber));
            states.remove(caseNumber);
        });
    }

    private static int stripe(String caseNumber) {
        return (caseNumber.hashCode() & 0x7fffffff) % STRIPES;
    }
}
