package org.qinqing.hall.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.qinqing.hall.store.AuditRecord;

/**
 * The hash chain: record n's hash is SHA-256 over its fields and record n-1's hash. Fields are
 * length-prefixed so no two different records encode alike. The writer thread owns the head.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    private long seq;
    private String head = GENESIS;

    /** A position to go back to when a unit rolls back. */
    record Mark(long seq, String head) {
    }

    void start(long lastSeq, String lastHash) {
        this.seq = lastSeq;
        this.head = lastHash;
    }

    Mark mark() {
        return new Mark(seq, head);
    }

    void reset(Mark m) {
        seq = m.seq;
        head = m.head;
    }

    /** Advances the chain by one record. @return the new record's sequence number and hash */
    Link append(AuditRecord r, Instant at) {
        long next = seq + 1;
        String hash = hash(next, at, r, head);
        Link link = new Link(next, head, hash);
        seq = next;
        head = hash;
        return link;
    }

    /** A record's place in the chain. */
    record Link(long seq, String prevHash, String hash) {
    }

    static String hash(long seq, Instant at, AuditRecord r, String prevHash) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, Long.toString(seq));
        field(sb, Long.toString(at.toEpochMilli()));
        field(sb, r.subjectType());
        field(sb, r.subject());
        field(sb, r.action());
        field(sb, r.actor());
        field(sb, r.channel());
        field(sb, r.window());
        field(sb, r.fromStatus());
        field(sb, r.toStatus());
        field(sb, r.reason());
        field(sb, r.detail());
        field(sb, prevHash);
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static void field(StringBuilder sb, String v) {
        if (v == null) {
            sb.append("-1:");
        } else {
            sb.append(v.length()).append(':').append(v);
        }
    }
}
