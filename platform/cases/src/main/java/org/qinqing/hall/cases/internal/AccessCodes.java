package org.qinqing.hall.cases.internal;

import java.security.SecureRandom;

/** The access code printed on the receipt: the applicant's proof for withdrawing or supplementing online. */
final class AccessCodes {
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCodes() {
    }

    static String next() {
        char[] c = new char[8];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }
}
