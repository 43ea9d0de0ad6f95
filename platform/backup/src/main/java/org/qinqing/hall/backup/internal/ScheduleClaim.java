package org.qinqing.hall.backup.internal;

/**
 * Who runs a scheduled backup when several hall nodes share one database. Each node asks for the
 * slot (e.g. {@code 2026-12-07T03:15}); exactly one gets it. Embedded Derby has one node, which
 * always gets it. With PostgreSQL, a claim is one row: {@code INSERT INTO backup_claim (slot, node)}
 * with {@code slot} the primary key, committed before the backup starts: the node whose insert
 * commits runs it, the others get a unique-key violation (23505) and skip the slot.
 */
interface ScheduleClaim {

    /** @param slot the scheduled time @return whether this node runs that slot's backup */
    boolean claim(String slot);

    /** The only node of an embedded database. */
    ScheduleClaim SINGLE_NODE = slot -> true;
}
