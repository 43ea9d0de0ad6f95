package org.qinqing.hall.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * A bounded map that lets the least recently used entries go: for in-memory copies of what units
 * just wrote (the cases in hand, their composites, their audit trails), where what was used last
 * is what is used next.
 *
 * <p>Not Caffeine, which the hall uses for its other caches: its W-TinyLFU admits a new entry
 * only if its key was used more often than the entry it would replace, so once such a cache is
 * full, the rows of finished cases (read many times while they were in hand) keep out the rows of
 * cases just submitted — at 64 threads of the composite benchmark, 5 of the 9 reads of a case row
 * went to the database. Here every write is kept and the least recently used entry goes.
 *
 * <p>One lock: every operation is a hash-map operation under it, a fraction of a microsecond.
 * Functions passed in run under the lock: keep them to comparisons.
 *
 * @param <K> key
 * @param <V> value (treated as immutable)
 * @since 1.5
 */
public final class RecentlyUsed<K, V> {
    private final LinkedHashMap<K, V> map = new LinkedHashMap<>(256, 0.75f, true);
    private final long capacity;
    private final ToLongFunction<? super V> weigher;
    private long weight;

    private RecentlyUsed(long capacity, ToLongFunction<? super V> weigher) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.weigher = weigher;
    }

    /** @return a map of at most {@code entries} entries */
    public static <K, V> RecentlyUsed<K, V> ofSize(int entries) {
        return new RecentlyUsed<>(entries, v -> 1);
    }

    /** @return a map whose entries weigh {@code capacity} at most, each as {@code weigher} says (at least 1) */
    public static <K, V> RecentlyUsed<K, V> ofWeight(long capacity, ToLongFunction<? super V> weigher) {
        return new RecentlyUsed<>(capacity, weigher);
    }

    /** @return the value, made the most recently used, or {@code null} */
    public synchronized V get(K key) {
        return map.get(key);
    }

    public synchronized void put(K key, V value) {
        changed(map.put(key, value), value);
    }

    public synchronized void remove(K key) {
        changed(map.remove(key), null);
    }

    /** Keeps {@code value} unless the key has one. */
    public synchronized void putIfAbsent(K key, V value) {
        if (!map.containsKey(key)) {
            put(key, value);
        }
    }

    /**
     * Replaces the key's value (or its absence, {@code null}) by what {@code change} makes of it;
     * {@code null} removes it.
     *
     * @return the key's value now
     */
    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> change) {
        V old = map.get(key);
        V now = change.apply(key, old);
        if (now == null) {
            if (old != null) {
                remove(key);
            }
        } else if (now != old) {
            put(key, now);
        }
        return now;
    }

    /** {@link #compute} for a key that has a value; nothing for one that has none. */
    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> change) {
        return map.containsKey(key) ? compute(key, change) : null;
    }

    /** @return the number of entries */
    public synchronized int size() {
        return map.size();
    }

    private void changed(V old, V now) {
        weight += weigh(now) - weigh(old);
        Iterator<Map.Entry<K, V>> eldest = map.entrySet().iterator();
        while (weight > capacity && eldest.hasNext()) {
            weight -= weigh(eldest.next().getValue());
            eldest.remove();
        }
    }

    private long weigh(V v) {
        return v == null ? 0 : Math.max(1, weigher.applyAsLong(v));
    }
}
