package org.qinqing.hall.floor.internal;

import java.security.SecureRandom;

/**
 * A ticket's rating code (评价码): six random digits, the proof that rates the service (好差评). Guessing one is
 * bounded by the ratings endpoint's rate limit per address, and a ticket is rated once only.
 */
final class RatingCodes {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RatingCodes() {
    }

    /** @return six random digits */
    static String next() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
