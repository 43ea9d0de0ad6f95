package org.qinqing.hall.store.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * A bounded map that lets the least recently used entries go: the map of each {@link RowCache}
 * region and of the kept audit trails, where what was used last is what is used next.
 *
 * <p>Not Caffeine (which the hall ships): its W-TinyLFU admits a new entry only if its key was used
 * more often than the entry it would replace, so once such a cache is full, the rows of finished
 * cases (read many times while they were in hand) keep out the rows of cases just submitted — at
 * 64 threads of the composite benchmark, 5 of the 9 reads of a case row went to the database
 * (docs/benchmarks.md, ninth session). Here every entry put is kept and the least recently used goes.
 *
 * <p>One lock: every operation is a hash-map operation under it, a fraction of a microsecond.
 * Functions passed in run under the lock: keep them to comparisons and copies.
 *
 * @param <K> key
 * @param <V> value (treated as immutable)
 */
final class Lru<K, V> {
    private final LinkedHashMap<K, V> map = new LinkedHashMap<>(256, 0.75f, true);
    private final long capacity;
    private final ToLongFunction<? super V> weigher;
    private long weight;
    private long evictions;

    private Lru(long capacity, ToLongFunction<? super V> weigher) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.weigher = weigher;
    }

    /** @return a map of at most {@code entries} entries */
    static <K, V> Lru<K, V> ofSize(long entries) {
        return new Lru<>(entries, v -> 1);
    }

    /** @return a map whose entries weigh {@code capacity} at most, each as {@code weigher} says (at least 1) */
    static <K, V> Lru<K, V> ofWeight(long capacity, ToLongFunction<? super V> weigher) {
        return new Lru<>(capacity, weigher);
    }

    /** @return the value, made the most recently used, or {@code null} */
    synchronized V get(K key) {
        return map.get(key);
    }

    synchronized void put(K key, V value) {
        changed(map.put(key, value), value);
    }

    synchronized void remove(K key) {
        changed(map.remove(key), null);
    }

    /** Keeps {@code value} unless the key has one. */
    synchronized void putIfAbsent(K key, V value) {
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
    synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> change) {
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
    synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> change) {
        return map.containsKey(key) ? compute(key, change) : null;
    }

    synchronized void clear() {
        map.clear();
        weight = 0;
    }

    /** @return the number of entries */
    synchronized int size() {
        return map.size();
    }

    /** @return entries let go to stay within the capacity, since the map was made */
    synchronized long evictions() {
        return evictions;
    }

    private void changed(V old, V now) {
        weight += weigh(now) - weigh(old);
        Iterator<Map.Entry<K, V>> eldest = map.entrySet().iterator();
        while (weight > capacity && eldest.hasNext()) {
            weight -= weigh(eldest.next().getValue());
            eldest.remove();
            evictions++;
        }
    }

    private long weigh(V v) {
        return v == null ? 0 : Math.max(1, weigher.applyAsLong(v));
    }
}
