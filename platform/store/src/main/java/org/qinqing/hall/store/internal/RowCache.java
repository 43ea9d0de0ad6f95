package org.qinqing.hall.store.internal;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToDoubleFunction;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.RowFeed;
import org.qinqing.hall.store.Rows;
import org.qinqing.hall.store.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Rows} cache. Units record the keys they change ({@link Sink}, the writer's
 * transaction); the committer applies each committed unit's changes in commit order ({@link #apply})
 * and then hands the batch's keys to the {@link RowFeed}s ({@link #publish}).
 */
public final class RowCache implements Rows {
    private static final Logger LOG = LoggerFactory.getLogger(RowCache.class);

    /** What a unit changed, applied once its batch commits. */
    record Change(CachedRegion<?> region, String key, Kind kind, Object value) {
    }

    /** KEEP: not a change, a committed value a unit read (kept after its commit, not published, not pending). */
    enum Kind { DROP, PUT, PART, KEEP }

    /** The writer's transaction: where a region records a unit's changes. */
    interface Sink {
        void rowChanged(Change change);
    }

    private final ConcurrentHashMap<String, CachedRegion<?>> regions = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final List<Meter> meters = new CopyOnWriteArrayList<>();
    private volatile boolean enabled = true;
    private volatile List<RowFeed> feeds = List.of();

    RowCache(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param on whether entries are kept ({@code rowCache} in {@code etc/org.qinqing.hall.store.cfg}) */
    void setEnabled(boolean on) {
        this.enabled = on;
        if (!on) {
            regions.values().forEach(CachedRegion::invalidateAll);
        }
    }

    /** @param feeds the services told of each batch's keys (a live list: Blueprint's reference list) */
    void setFeeds(List<RowFeed> feeds) {
        this.feeds = feeds;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> Region<V> region(String name, int maxEntries) {
        boolean[] made = {false};
        CachedRegion<?> r = regions.computeIfAbsent(name, n -> {
            made[0] = true;
            return new CachedRegion<>(n, maxEntries, this);
        });
        if (made[0]) {
            register(r);
        } else {
            r.invalidateAll(); // its values may be of a bundle revision that is gone
        }
        return (Region<V>) r;
    }

    /** @return whether any feed listens (the committer builds the list of keys only then) */
    boolean hasFeeds() {
        return !feeds.isEmpty();
    }

    /** @return a region of the store's own, weighed (e.g. the audit trails by their records) */
    <V> CachedRegion<V> ownRegion(String name, long capacity, java.util.function.ToLongFunction<? super V> weigher) {
        CachedRegion<V> r = new CachedRegion<>(name, capacity, weigher, this);
        if (regions.putIfAbsent(name, r) != null) {
            throw new IllegalStateException("region " + name + " exists");
        }
        register(r);
        return r;
    }

    @Override
    public void invalidate(String region, String key) {
        CachedRegion<?> r = regions.get(region);
        if (r != null) {
            r.invalidate(key);
        }
    }

    @Override
    public void invalidateAll(String region) {
        CachedRegion<?> r = regions.get(region);
        if (r != null) {
            r.invalidateAll();
        }
    }

    /** Drops every entry of every region, after applying a committed batch's changes failed half-way. */
    void invalidateEverything() {
        regions.values().forEach(CachedRegion::invalidateAll);
    }

    /** Applies a committed unit's changes, in the committing thread, in commit order. */
    void apply(List<Change> changes) {
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (c.kind() == Kind.KEEP && changedLater(changes, i)) {
                continue; // what the unit read may already hold its own change: the change decides
            }
            try {
                c.region().apply(c);
            } finally {
                if (c.kind() != Kind.KEEP) {
                    c.region().settled(c.key());
                }
            }
        }
    }

    private static boolean changedLater(List<Change> changes, int at) {
        Change keep = changes.get(at);
        for (int i = at + 1; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (c.kind() != Kind.KEEP && c.region() == keep.region() && c.key().equals(keep.key())) {
                return true;
            }
        }
        return false;
    }

    /** Forgets the changes of a unit that failed or was rolled back (its rows are as they were). */
    static void dropped(List<Change> changes) {
        for (Change c : changes) {
            if (c.kind() != Kind.KEEP) {
                c.region().settled(c.key());
            }
        }
    }

    /** Tells the feeds of a committed batch's keys; a failing feed is logged, the others still hear. */
    void publish(List<Change> changes) {
        List<RowFeed> to = feeds;
        if (changes.isEmpty() || to.isEmpty()) {
            return;
        }
        List<RowFeed.RowKey> keys = new ArrayList<>(changes.size());
        for (Change c : changes) {
            if (c.kind() != Kind.KEEP) {
                keys.add(new RowFeed.RowKey(c.region().name(), c.key()));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        List<RowFeed.RowKey> shared = List.copyOf(keys);
        for (RowFeed f : List.copyOf(to)) {
            try {
                f.committed(shared);
            } catch (Throwable t) {
                LOG.error("Row feed {} failed on {} keys of a committed batch", f, shared.size(), t);
            }
        }
    }

    static Sink sink(Tx tx) {
        if (tx instanceof Sink s) {
            return s;
        }
        throw new IllegalArgumentException("not a transaction of the hall's store: " + tx);
    }

    private void register(CachedRegion<?> r) {
        String n = r.name();
        counter("hall.store.rows.hits", "Gets of a region of the cache of committed rows answered from memory", r, CachedRegion::hits);
        counter("hall.store.rows.misses", "Gets of a region of the cache of committed rows that loaded from the database", r,
                CachedRegion::misses);
        counter("hall.store.rows.evictions", "Entries of a region let go to stay within its size", r, CachedRegion::evictions);
        counter("hall.store.rows.discarded", "Loads not kept because a commit changed their keys' stripe meanwhile", r,
                CachedRegion::discarded);
        meters.add(Gauge.builder("hall.store.rows.size", r, CachedRegion::size).tag("region", n)
                .description("Entries kept in a region of the cache of committed rows").strongReference(true).register(registry));
    }

    private void counter(String name, String description, CachedRegion<?> r, ToDoubleFunction<CachedRegion<?>> f) {
        meters.add(FunctionCounter.builder(name, r, f).tag("region", r.name()).description(description).register(registry));
    }

    /** Removes the meters: their regions are gone with the store. */
    void close() {
        for (Meter m : meters) {
            registry.remove(m);
        }
        meters.clear();
    }
}
