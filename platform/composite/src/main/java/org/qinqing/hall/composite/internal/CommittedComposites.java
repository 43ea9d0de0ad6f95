package org.qinqing.hall.composite.internal;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Rows;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.TxWork;

/**
 * The committed states of recently used composite cases (the composite and its steps), by case
 * number, in the store's cache of committed rows (region {@code composite.state}; the store's
 * coherence rule: {@link Rows}): a view, a completion, the start of a step after a join, and the
 * step moves of sub-case approvals inside their units look the composite up instead of querying it.
 * A unit that changes a composite publishes the state it left; one that changes the rows otherwise
 * drops the entry. Kept states are shared: read them, never change them ({@link #inUnit} gives a copy).
 *
 * <p>Inside the unit that submits a composite ({@link #withOwn}), the composite's state is the one that unit last
 * published, not read back: the store reads a key a unit changed through the unit's connection (it cannot know what
 * a unit's SQL left), but here every write of the composite's rows in that unit goes through a state it publishes
 * ({@link StepListener} moving the first steps), so the last published state is exactly what its rows are.
 */
final class CommittedComposites {
    static final String REGION = "composite.state";

    private final Region<CompositeRepository.State> states;
    /** The state the unit running on this thread (the writer's) last published of the composite it submits. */
    private final ThreadLocal<Own> own = new ThreadLocal<>();

    /** A unit's own state of one composite. */
    private static final class Own {
        final Tx tx;
        CompositeRepository.State state;

        Own(Tx tx, CompositeRepository.State state) {
            this.tx = tx;
            this.state = state;
        }
    }

    /** @param size composites kept at most (the least recently used go first) */
    CommittedComposites(Rows rows, int size) {
        this.states = rows.region(REGION, size);
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
        return Optional.ofNullable(states.get(caseNumber, k -> read.get().orElse(null)));
    }

    /**
     * @return the composite's state as this unit sees it (the kept one, unless a unit not yet
     *         applied changed it: then read through the unit), a copy the unit may change; {@code null} if there is none
     */
    CompositeRepository.State inUnit(Tx tx, String caseNumber) throws SQLException {
        Own o = own(tx, caseNumber);
        if (o != null) {
            return o.state.copy();
        }
        CompositeRepository.State s = states.get(tx, caseNumber, t -> CompositeRepository.whole(t.connection(), caseNumber).orElse(null));
        return s == null ? null : s.copy();
    }

    /** The unit left the composite in {@code state}: a copy of it is kept once the unit commits. */
    void published(Tx tx, CompositeRepository.State state) {
        CompositeRepository.State copy = state.copy();
        states.changed(tx, copy.composite().caseNumber, copy);
        Own o = own(tx, copy.composite().caseNumber);
        if (o != null) {
            o.state = copy;
        }
    }

    /** The unit changed the composite's rows other than through a state: the entry is dropped once it commits. */
    void dropped(Tx tx, String caseNumber) {
        states.changed(tx, caseNumber);
        if (own(tx, caseNumber) != null) {
            own.remove();
        }
    }

    /**
     * Runs {@code work} in the unit that just published {@code state} of a composite it created, answering
     * {@link #inUnit} of that composite from what the unit publishes (no read back) until {@code work} returns. Only
     * for work whose every write of the composite's rows goes through {@link #published} or {@link #dropped}.
     */
    <T> T withOwn(Tx tx, CompositeRepository.State state, TxWork<T> work) throws SQLException {
        own.set(new Own(tx, state.copy()));
        try {
            return work.apply(tx);
        } finally {
            own.remove();
        }
    }

    private Own own(Tx tx, String caseNumber) {
        Own o = own.get();
        return o != null && o.tx == tx && o.state.composite().caseNumber.equals(caseNumber) ? o : null;
    }
}
