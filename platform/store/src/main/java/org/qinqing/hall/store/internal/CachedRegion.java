package org.qinqing.hall.store.internal;

import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.TxWork;

/**
 * A region of the {@link RowCache}. Every change of a key — applied after a commit, or an
 * invalidation from outside — first moves the generation of the key's stripe, then changes the
 * map; a load keeps its value only if the generation it saw before loading is still the stripe's
 * (checked under the map's lock). So a load that raced a commit (it may have read the rows before
 * it) is never kept, and what is kept is never older than what a caller was told is committed.
 */
final class CachedRegion<V> implements Region<V> {
    private static final int STRIPES = 1024;

    private final String name;
    private final RowCache owner;
    private final Lru<String, V> map;
    private final AtomicLongArray generations = new AtomicLongArray(STRIPES);
    /** Keys changed by units whose changes are not applied yet, with how many such changes. */
    private final ConcurrentHashMap<String, Integer> pending = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder discarded = new LongAdder();

    CachedRegion(String name, int maxEntries, RowCache owner) {
        this(name, owner, Lru.ofSize(maxEntries));
    }

    /** A region whose entries weigh {@code capacity} at most, each as {@code weigher} says (the store's own trails). */
    CachedRegion(String name, long capacity, java.util.function.ToLongFunction<? super V> weigher, RowCache owner) {
        this(name, owner, Lru.ofWeight(capacity, weigher));
    }

    private CachedRegion(String name, RowCache owner, Lru<String, V> map) {
        this.name = name;
        this.owner = owner;
        this.map = map;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public V get(String key, Function<String, V> load) {
        if (!owner.enabled()) {
            misses.increment();
            return load.apply(key);
        }
        int stripe = stripe(key);
        long generation = generations.get(stripe);
        V kept = map.get(key);
        if (kept != null) {
            hits.increment();
            return kept;
        }
        misses.increment();
        V loaded = load.apply(key);
        if (loaded != null) {
            boolean[] stale = {false};
            map.compute(key, (k, old) -> {
                if (old != null) {
                    return old;
                }
                stale[0] = generations.get(stripe) != generation;
                return stale[0] ? null : loaded;
            });
            if (stale[0]) {
                discarded.increment();
            }
        }
        return loaded;
    }

    @Override
    public V get(Tx tx, String key, TxWork<V> load) throws SQLException {
        RowCache.sink(tx);
        if (owner.enabled() && !pending.containsKey(key)) {
            V kept = map.get(key);
            if (kept != null) {
                hits.increment();
                return kept;
            }
        }
        misses.increment();
        boolean keep = owner.enabled() && !pending.containsKey(key);
        long generation = generations.get(stripe(key));
        V loaded = load.apply(tx);
        if (keep && loaded != null) {
            // no unit not yet applied changed the key, so the unit's connection read the committed rows (or ones this unit
            // changed and says so later: its change is applied after this); kept once the unit commits, if no change of the
            // key's stripe came between
            RowCache.sink(tx).rowChanged(new RowCache.Change(this, key, RowCache.Kind.KEEP, new Loaded<>(loaded, generation)));
        }
        return loaded;
    }

    /** A value a unit read through its connection, and the generation of its stripe before the read. */
    private record Loaded<V>(V value, long generation) {
    }

    @Override
    public V peek(String key) {
        return map.get(key);
    }

    @Override
    public void changed(Tx tx, String key) {
        record(tx, new RowCache.Change(this, key, RowCache.Kind.DROP, null));
    }

    @Override
    public void changed(Tx tx, String key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("no value for " + name + " " + key + ": say changed(tx, key)");
        }
        record(tx, new RowCache.Change(this, key, RowCache.Kind.PUT, value));
    }

    @Override
    public void changedPart(Tx tx, String key, UnaryOperator<V> change) {
        record(tx, new RowCache.Change(this, key, RowCache.Kind.PART, change));
    }

    /** A unit changed the key: until its change is applied (or dropped with the unit), units read it through their own connection. */
    private void record(Tx tx, RowCache.Change c) {
        RowCache.Sink sink = RowCache.sink(tx);
        pending.merge(c.key(), 1, Integer::sum);
        sink.rowChanged(c);
    }

    /** A recorded change was applied, or dropped with its unit or batch. */
    void settled(String key) {
        pending.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
    }

    /** Applies a committed change: the generation moves first, then the map. */
    @SuppressWarnings("unchecked")
    void apply(RowCache.Change c) {
        String key = c.key();
        if (c.kind() == RowCache.Kind.KEEP) {
            keep(key, (Loaded<V>) c.value());
            return;
        }
        generations.incrementAndGet(stripe(key));
        if (c.kind() == RowCache.Kind.PUT && owner.enabled()) {
            map.put(key, (V) c.value());
        } else if (c.kind() == RowCache.Kind.PART) {
            UnaryOperator<V> change = (UnaryOperator<V>) c.value();
            map.computeIfPresent(key, (k, old) -> change.apply(old));
        } else {
            map.remove(key);
        }
    }

    /** Keeps a value read inside a committed unit, unless an entry is there or a change of the stripe came after the read. */
    private void keep(String key, Loaded<V> loaded) {
        if (!owner.enabled()) {
            return;
        }
        int stripe = stripe(key);
        boolean[] stale = {false};
        map.compute(key, (k, old) -> {
            if (old != null) {
                return old;
            }
            stale[0] = generations.get(stripe) != loaded.generation();
            return stale[0] ? null : loaded.value();
        });
        if (stale[0]) {
            discarded.increment();
        }
    }

    /**
     * For the store's own regions, in the committing thread after a commit: the key's entry (or its
     * absence, {@code null}) becomes what {@code change} makes of it ({@code null}: none).
     */
    void committed(String key, UnaryOperator<V> change) {
        generations.incrementAndGet(stripe(key));
        if (owner.enabled()) {
            map.compute(key, (k, old) -> change.apply(old));
        }
    }

    @Override
    public void invalidate(String key) {
        generations.incrementAndGet(stripe(key));
        map.remove(key);
    }

    @Override
    public void invalidateAll() {
        for (int i = 0; i < STRIPES; i++) {
            generations.incrementAndGet(i);
        }
        map.clear();
    }

    double hits() {
        return hits.sum();
    }

    double misses() {
        return misses.sum();
    }

    double discarded() {
        return discarded.sum();
    }

    double evictions() {
        return map.evictions();
    }

    double size() {
        return map.size();
    }

    private static int stripe(String key) {
        return (key.hashCode() & 0x7fffffff) % STRIPES;
    }
}
