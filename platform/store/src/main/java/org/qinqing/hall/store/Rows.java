package org.qinqing.hall.store;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one cache of committed rows (obtained from {@link Database#rows()}): modules keep the rows
 * they read often (a case, a composite, a profile) in {@link Region}s they declare, instead of
 * caches of their own.
 *
 * <p>One coherence rule for every region: an entry only ever comes from committed data; every
 * unit that changes a key says so ({@link Region#changed}), and once its batch commits — in commit
 * order, before any caller of it or of a later unit is answered — the key is dropped (or replaced
 * by the value the unit left). Each region counts changes per stripe of keys (a generation): a
 * load that overlapped a change of its stripe is returned to its caller but not kept.
 *
 * <p>Another writer (another node over the same database) feeds it through {@link #invalidate}
 * and {@link #invalidateAll}; this node's committed keys are published, per commit, to every
 * {@link RowFeed} service, for a cluster module to ship.
 *
 * <p>{@code rowCache = false} in {@code etc/org.qinqing.hall.store.cfg} turns it off: every get
 * loads, nothing is kept (the keys are still published).
 *
 * @since 2.0
 */
@ProviderType
public interface Rows {

    /**
     * Declares (or finds) a region. Declared again (e.g. by the owning bundle after a restart), it
     * keeps its first size and is emptied: its values may be of classes of an earlier revision.
     *
     * @param name       unique in the hall: the owning module's name first, e.g. {@code cases.row}
     * @param maxEntries entries kept at most; the least recently used go first
     * @param <V>        its values (treated as immutable once kept: copy them if callers change them)
     * @return the region
     */
    <V> Region<V> region(String name, int maxEntries);

    /** Drops the key's entry in that region (none: nothing), e.g. for a change another node committed. */
    void invalidate(String region, String key);

    /** Drops every entry of the region, e.g. when the feed from another node was interrupted. */
    void invalidateAll(String region);

    /** @return whether entries are kept at all ({@code rowCache}) */
    boolean enabled();
}
