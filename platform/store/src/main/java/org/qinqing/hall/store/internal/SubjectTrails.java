package org.qinqing.hall.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.qinqing.hall.api.AuditEntry;

/**
 * The audit trails of recently shown subjects (a case's timeline, read with every view of it): the
 * store's own region of the cache of committed rows ({@value #REGION}, weighed by records), kept in
 * step with {@code audit_log} by the committer: once a batch commits, its records are appended to
 * the kept trails of their subjects, in chain order, before any caller is answered, and their
 * subjects are published to the {@link org.qinqing.hall.store.RowFeed}s like any changed key. A trail
 * read from the database while a batch with a record of its subject commits is not kept (the
 * region's generations); a record already in a kept trail is not appended twice (sequence numbers
 * only grow). The log in the database stays what {@link JdbcDatabase#verify()} checks; this only
 * spares the reads.
 */
final class SubjectTrails {
    static final String REGION = "store.trail";

    private final CachedRegion<List<AuditEntry>> trails;

    /** @param records audit records kept at most, over all trails */
    SubjectTrails(RowCache rows, long records) {
        this.trails = rows.ownRegion(REGION, records, t -> t.size() + 1);
    }

    /** @return the region, whose keys (subjects) a committed batch's records change */
    CachedRegion<List<AuditEntry>> region() {
        return trails;
    }

    /**
     * Forgets every kept trail, after the bookkeeping of a committed batch failed half-way: the
     * trails are read again from the log, which the batch's commit made whole. Every stripe's
     * generation moves first, so a read under way is not kept either.
     */
    void reset() {
        trails.invalidateAll();
    }

    /** @return the subject's trail, oldest first (unmodifiable): kept, or read by {@code read} */
    List<AuditEntry> get(String subject, Supplier<List<AuditEntry>> read) {
        return trails.get(subject, k -> List.copyOf(read.get()));
    }

    /**
     * A committed unit brought the subject into being ({@link org.qinqing.hall.store.Tx#creates}): its
     * trail is kept from its first record, which its batch's {@link #committed} appends after the
     * batch's commit tasks, this among them.
     */
    void created(String subject) {
        trails.committed(subject, old -> old == null ? List.of() : old);
    }

    /** A batch committed with these records, in chain order: each is added to its subject's kept trail. */
    void committed(List<AuditEntry> records) {
        for (AuditEntry e : records) {
            trails.committed(e.subject(), old -> old == null ? null
                    : !old.isEmpty() && old.get(old.size() - 1).seq() >= e.seq() ? old : appended(old, e));
        }
    }

    private static List<AuditEntry> appended(List<AuditEntry> trail, AuditEntry e) {
        List<AuditEntry> out = new ArrayList<>(trail.size() + 1);
        out.addAll(trail);
        out.add(e);
        return List.copyOf(out);
    }
}
