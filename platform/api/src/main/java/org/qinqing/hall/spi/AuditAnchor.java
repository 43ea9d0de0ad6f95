package org.qinqing.hall.spi;

import java.time.Instant;

/**
 * The audit chain's head, written down outside the database and signed with the hall's key: a
 * later verification finds a rewrite of the chain that recomputed every hash, as long as one copy
 * of this anchor is out of the rewriter's reach (a {@link Notifier} can carry it to another system).
 *
 * @param seq sequence number of the chain's last record
 * @param hash that record's hash (hex SHA-256)
 * @param recordedAt when that record was written (hall clock)
 * @param anchoredAt when the anchor was taken
 * @param keyId which key signed it (the first 16 hex digits of the SHA-256 of the public key)
 * @param signature Ed25519 signature, base64, over {@code seq|hash|recordedAt|anchoredAt}
 * @since 1.2
 */
public record AuditAnchor(long seq, String hash, Instant recordedAt, Instant anchoredAt, String keyId, String signature) {

    /** @return the bytes the signature covers */
    public String signedText() {
        return seq + "|" + hash + "|" + recordedAt + "|" + anchoredAt;
    }
}
