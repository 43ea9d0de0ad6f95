package org.qinqing.hall.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import org.qinqing.hall.api.AuditEntry;

/**
 * The audit trails of recently shown subjects (a case's timeline, read with every view of it),
 * kept in step with {@code audit_log} by the committer: once a batch commits, its records are
 * appended to the kept trails of their subjects, in chain order, before any caller is answered.
 * A trail read from the database while a batch with a record of its subject commits is not kept
 * (a change count per stripe of subjects moves with each such record); a record already in a kept
 * trail is not appended twice (sequence numbers only grow). The log in the database stays what
 * {@link JdbcDatabase#verify()} checks; this only spares the reads.
 */
final class SubjectTrails {
    private static final int STRIPES = 4096;

    private final long capacity;
    private volatile Lru<String, List<AuditEntry>> trails;
    private final AtomicLongArray changes = new AtomicLongArray(STRIPES);

    /** @param records audit records kept at most, over all trails */
    SubjectTrails(long records) {
        this.capacity = records;
        this.trails = Lru.ofWeight(records, t -> t.size() + 1);
    }

    /**
     * Forgets every kept trail, after the bookkeeping of a committed batch failed half-way: the
     * trails are read again from the log, which the batch's commit made whole. Every stripe's
     * change count moves first, so a read under way is not kept either.
     */
    void reset() {
        for (int i = 0; i < STRIPES; i++) {
            changes.incrementAndGet(i);
        }
        trails = Lru.ofWeight(capacity, t -> t.size() + 1);
    }

    /** @return the subject's trail, oldest first (unmodifiable): kept, or read by {@code read} */
    List<AuditEntry> get(String subject, Supplier<List<AuditEntry>> read) {
        int stripe = stripe(subject);
        long stamp = changes.get(stripe);
        List<AuditEntry> kept = trails.get(subject);
        if (kept != null) {
            return kept;
        }
        List<AuditEntry> found = List.copyOf(read.get());
        trails.compute(subject, (k, old) -> changes.get(stripe) != stamp ? old : found);
        return found;
    }

    /**
     * A committed unit brought the subject into being ({@link org.qinqing.hall.store.Tx#creates}): its
     * trail is kept from its first record, which its batch's {@link #committed} appends after the
     * batch's commit tasks, this among them.
     */
    void created(String subject) {
        changes.incrementAndGet(stripe(subject));
        trails.putIfAbsent(subject, List.of());
    }

    /** A batch committed with these records, in chain order: each is added to its subject's kept trail. */
    void committed(List<AuditEntry> records) {
        for (AuditEntry e : records) {
            changes.incrementAndGet(stripe(e.subject()));
            trails.computeIfPresent(e.subject(), (k, old) -> !old.isEmpty() && old.get(old.size() - 1).seq() >= e.seq()
                    ? old : appended(old, e));
        }
    }

    private static List<AuditEntry> appended(List<AuditEntry> trail, AuditEntry e) {
        List<AuditEntry> out = new ArrayList<>(trail.size() + 1);
        out.addAll(trail);
        out.add(e);
        return List.copyOf(out);
    }

    private static int stripe(String subject) {
        return (subject.hashCode() & 0x7fffffff) % STRIPES;
    }
}
