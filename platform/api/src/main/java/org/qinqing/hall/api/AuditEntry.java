package org.qinqing.hall.api;

import java.time.Instant;

/**
 * A record of the audit trail (阳光办): append-only, each holding the hash of the one before.
 *
 * @param seq position in the chain, from 1, without gaps
 * @param at when
 * @param subjectType kind of subject
 * @param subject subject key
 * @param action what was done
 * @param actor who
 * @param channel through which channel
 * @param window at which window, or {@code null}
 * @param fromStatus state before, or {@code null}
 * @param toStatus state after, or {@code null}
 * @param reason why, or {@code null}
 * @param detail further facts (JSON), or {@code null}
 * @param hash this record's SHA-256 (hex) over its fields and the previous hash
 */
public record AuditEntry(long seq, Instant at, String subjectType, String subject, String action, String actor,
        String channel, String window, String fromStatus, String toStatus, String reason, String detail, String hash) {
}
