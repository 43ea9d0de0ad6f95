package org.qinqing.hall.cases;

import java.security.SecureRandom;

/** The access code printed on the receipt: the applicant's proof for withdrawing or supplementing online. */
public final class AccessCodes {
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCodes() {
    }

    /** @return a fresh random code of 8 characters without look-alikes (no I, L, O, 0, 1) */
    public static String next() {
        char[] c = new char[8];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }
}
