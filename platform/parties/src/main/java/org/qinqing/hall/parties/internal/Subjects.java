package org.qinqing.hall.parties.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.qinqing.hall.api.identity.Masking;

/** Audit subjects for parties: the masked number and a short hash, never the number itself. */
final class Subjects {

    private Subjects() {
    }

    static String party(String number) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(number.getBytes(StandardCharsets.UTF_8));
            return Masking.mask(number) + "#" + HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
