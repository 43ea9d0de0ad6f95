package org.qinqing.hall.store;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of the keys of {@link Rows} regions each batch committed on this node changed, in commit
 * order (a whiteboard service: register one, the store calls it). For a cluster module: it ships
 * them (e.g. PostgreSQL {@code NOTIFY}), and the other nodes call {@link Rows#invalidate} for each
 * key, so that their caches drop what this node changed. It runs in the store's committing thread,
 * before the batch's callers are answered: queue the keys and return; a failure is logged.
 *
 * @since 2.0
 */
@ConsumerType
public interface RowFeed {

    /** @param keys the keys the batch changed, in the order its units ran (a key may appear twice) */
    void committed(List<RowKey> keys);

    /**
     * A changed key.
     *
     * @param region the region's name
     * @param key    the key in it
     */
    record RowKey(String region, String key) {
    }
}
