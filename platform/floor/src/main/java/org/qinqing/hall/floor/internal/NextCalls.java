package org.qinqing.hall.floor.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.floor.Call;
import org.qinqing.hall.floor.Site;
import org.qinqing.hall.floor.Window;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.TxWork;

/**
 * Call-next requests served together: requests that arrive while one unit of work is queued for
 * the store's writer wait in it, and that one unit serves them all, in arrival order, each window
 * by its own {@link Ranking} ({@link CallBatch}), so a call costs the writer less the more windows
 * call at once. Only requests in flight are held here; who gets which ticket is still settled by
 * the conditional UPDATE, across nodes too.
 */
final class NextCalls {
    /** How long a request waits for the unit that serves it: past the store's own write timeout. */
    private static final long WAIT_SECONDS = Long.getLong("hall.store.writeTimeoutSeconds", 60) + 10;
    private final Database db;
    private final Rules rules;
    private final ConcurrentLinkedQueue<Request> waiting = new ConcurrentLinkedQueue<>();
    /** Whether a unit is queued that has not yet taken the waiting requests. */
    private final AtomicBoolean unitQueued = new AtomicBoolean();

    NextCalls(Database db, Rules rules) {
        this.db = db;
        this.rules = rules;
    }

    /** A window asking for its next ticket, and its answer. */
    static final class Request {
        final Site site;
        final Window window;
        final String clerk;
        final CompletableFuture<Optional<Call>> outcome = new CompletableFuture<>();

        Request(Site site, Window window, String clerk) {
            this.site = site;
            this.window = window;
            this.clerk = clerk;
        }
    }

    Optional<Call> call(Site site, Window window, String clerk) {
        Request r = new Request(site, window, clerk);
        waiting.add(r);
        if (unitQueued.compareAndSet(false, true)) {
            Unit unit = new Unit();
            try {
                db.write(unit);
                unit.failUnanswered(HallException.unavailable("store_unavailable", "the call was not committed; try again"));
            } catch (RuntimeException e) {
                unit.failUnanswered(e);
            }
        }
        try {
            return r.outcome.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HallException.unavailable("interrupted", "the request was interrupted");
        } catch (TimeoutException e) {
            throw HallException.unavailable("store_timeout", "the call got no answer from the database in time; see the window's current ticket");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The one unit serving the requests waiting when it runs (again the same ones if the writer runs its batch again). */
    private final class Unit implements TxWork<Void> {
        private List<Request> mine;
        private boolean cancelled;

        @Override
        public Void apply(Tx tx) throws SQLException {
            List<Request> requests = take();
            if (requests.isEmpty()) {
                return null;
            }
            Map<Request, Object> outcomes = new CallBatch(tx, rules).serve(requests);
            tx.onCommit(() -> outcomes.forEach((r, o) -> {
                if (o instanceof RuntimeException e) {
                    r.outcome.completeExceptionally(e);
                } else {
                    @SuppressWarnings("unchecked")
                    Optional<Call> call = (Optional<Call>) o;
                    r.outcome.complete(call);
                }
            }));
            return null;
        }

        private synchronized List<Request> take() {
            if (cancelled) {
                return List.of();
            }
            if (mine == null) {
                // cleared before taking: a request added after this take queues a unit of its own
                unitQueued.set(false);
                mine = drain();
            }
            return mine;
        }

        /** After the write: a request it took but did not answer (the unit or its batch failed) gets the failure. */
        void failUnanswered(RuntimeException failure) {
            List<Request> taken;
            synchronized (this) {
                if (mine == null) {
                    // never ran (the store refused it or timed out): nobody else will take the waiting requests
                    cancelled = true;
                    unitQueued.set(false);
                    mine = drain();
                }
                taken = mine;
            }
            taken.forEach(r -> r.outcome.completeExceptionally(failure));
        }
    }

    private List<Request> drain() {
        List<Request> list = new ArrayList<>();
        for (Request r; (r = waiting.poll()) != null; ) {
            list.add(r);
        }
        return list;
    }
}
