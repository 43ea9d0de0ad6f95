package org.qinqing.hall.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A material in a holder's vault (一次提交): stored once, reused by reference.
 *
 * @param id vault id
 * @param holder the party it belongs to
 * @param kind vault kind, matched against items' reusable materials
 * @param title title
 * @param issuer issuing authority
 * @param validUntil last valid day, or {@code null}
 * @param size bytes of content (0 for a result with text only)
 * @param sha256 content hash (hex)
 * @param contentType MIME type
 * @param sourceCase the case that issued it, for results of approvals; else {@code null}
 * @param storedAt when stored
 * @param attributes structured attributes
 */
public record VaultMaterial(long id, String holder, String kind, String title, String issuer, LocalDate validUntil,
        long size, String sha256, String contentType, String sourceCase, Instant storedAt, Map<String, String> attributes) {

    /** @param today a date @return whether it has expired by then */
    public boolean expiredOn(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }
}
