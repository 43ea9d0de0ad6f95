package org.qinqing.hall.rest.internal.requests;

import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.MaterialInput;

/**
 * A material in a request: {@code vaultId} to reuse one from the vault, {@code content} (base64)
 * with {@code contentType} to upload, or {@code presented: true} for an original checked at the counter.
 */
public record MaterialRequest(String code, Long vaultId, Boolean presented, String title, String contentType, byte[] content,
        String validUntil) {

    MaterialInput input(int index) {
        java.time.LocalDate until = null;
        if (validUntil != null) {
            try {
                until = java.time.LocalDate.parse(validUntil);
            } catch (java.time.format.DateTimeParseException e) {
                throw HallException.invalid("materials[" + index + "].validUntil", "validUntil must be YYYY-MM-DD");
            }
        }
        return new MaterialInput(code, vaultId, title, contentType, content, until, Boolean.TRUE.equals(presented));
    }

    /** @return the inputs of a list of requests (null-safe) */
    public static java.util.List<MaterialInput> inputs(java.util.List<MaterialRequest> list) {
        java.util.List<MaterialInput> out = new java.util.ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw HallException.invalid("materials[" + i + "]", "a material may not be null");
                }
                out.add(list.get(i).input(i));
            }
        }
        return out;
    }
}
