package org.qinqing.hall.composite.internal;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qinqing.hall.store.Tx;

/**
 * The writer's own copy of composite states, from unit to unit: each approval of a step read its
 * composite and steps again (a join, six times for a talent settlement), and a new composite is kept
 * from the unit that inserts it. Only units read and
 * change it, in the one writer, in order; a unit that moves a step changes the kept state with
 * the rows ({@link StepListener}). A state is kept with the writer's {@link Tx#epoch()}: once the
 * writer undoes anything (a failed unit, a batch that did not commit) every kept state is read
 * again. The most recently used 4,096 composites are kept.
 */
final class KnownStates {
    private static final int KEPT = 4096;

    private record Kept(long epoch, CompositeRepository.State state) {
    }

    private final Map<String, Kept> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT;
        }
    };

    /** @return the composite's state as the units so far left it, or {@code null} if there is no such composite */
    synchronized CompositeRepository.State get(Tx tx, String number) throws SQLException {
        Kept k = kept.get(number);
        if (k != null && k.epoch() == tx.epoch()) {
            return k.state();
        }
        CompositeRepository.State state = CompositeRepository.whole(tx.connection(), number).orElse(null);
        if (state == null) {
            kept.remove(number);
        } else {
            kept.put(number, new Kept(tx.epoch(), state));
        }
        return state;
    }

    /** The unit inserted the composite: {@code state} is what it wrote (a copy, changed by later moves). */
    synchronized void inserted(Tx tx, CompositeRepository.State state) {
        kept.put(state.composite().caseNumber, new Kept(tx.epoch(), state));
    }

    /** A unit changes the composite's rows other than through the kept state: read them again next time. */
    synchronized void forget(String number) {
        kept.remove(number);
    }
}
