package org.qinqing.hall.api;

import java.time.LocalDate;

/**
 * A material handed in for an item's material code: one of a vault reference, an upload, or an
 * original presented at the counter (checked by the clerk, not copied).
 *
 * @param code the item's material code
 * @param vaultId a material already in the applicant's vault, or {@code null}
 * @param title title of an upload or a presented original
 * @param contentType MIME type of an upload
 * @param content bytes of an upload, or {@code null}
 * @param validUntil last valid day of an upload or presented original, or {@code null}
 * @param presented true for an original shown at the counter
 */
public record MaterialInput(String code, Long vaultId, String title, String contentType, byte[] content,
        LocalDate validUntil, boolean presented) {
}
