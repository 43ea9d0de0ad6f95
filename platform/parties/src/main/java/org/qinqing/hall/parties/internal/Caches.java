package org.qinqing.hall.parties.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** The parties' in-memory caches (Caffeine). */
final class Caches {

    private Caches() {
    }

    /**
     * @param size entries kept at most (least recently and least frequently used go first)
     * @return a cache that does its upkeep on the thread that writes to it: handed to the common
     *         fork-join pool (Caffeine's default), each write woke a pool thread: 2.5 % of the hall's
     *         CPU in the composite benchmark on two cores (async-profiler)
     */
    static <K, V> Cache<K, V> bounded(int size) {
        return Caffeine.newBuilder().maximumSize(size).executor(Runnable::run).build();
    }
}
