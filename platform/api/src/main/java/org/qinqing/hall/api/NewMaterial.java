package org.qinqing.hall.api;

import java.time.LocalDate;
import java.util.Map;

/**
 * A material to put in a vault.
 *
 * @param holder party number
 * @param kind vault kind
 * @param title title
 * @param issuer issuing authority, may be empty
 * @param validUntil last valid day, or {@code null}
 * @param contentType MIME type (application/pdf, image/jpeg, image/png; text/plain for issued results)
 * @param content the bytes
 * @param attributes structured attributes
 * @param sourceCase issuing case, or {@code null}
 */
public record NewMaterial(String holder, String kind, String title, String issuer, LocalDate validUntil,
        String contentType, byte[] content, Map<String, String> attributes, String sourceCase) {
}
