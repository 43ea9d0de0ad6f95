/**
 * Persistence for the platform's own bundles (not for departments): transactions on the hall's
 * DataSource with group commit, versioned SQL migrations per module, the audit trail, and the one
 * cache of committed rows ({@link org.qinqing.hall.store.Rows}). SQL written against it stays
 * portable (Derby and PostgreSQL).
 *
 * <p>2.0: {@code Rows}, {@code Region} and {@code RowFeed} replace the modules' own caches;
 * {@code RecentlyUsed} is gone (the store's own), and so are {@code Tx.epoch} and
 * {@code Tx.local}, which only those caches needed. 2.1: {@code Migration} per dialect, {@code Database.claim},
 * {@code NodeName} (several nodes on PostgreSQL). 2.2: {@code Tx.insertUnlessDuplicate}.
 * 2.3: {@code Region.get(Tx, …)} keeps what a unit read of a key no unit had changed, once the unit commits.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.4.0")
package org.qinqing.hall.store;
