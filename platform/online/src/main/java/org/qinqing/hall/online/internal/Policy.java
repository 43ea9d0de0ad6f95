package org.qinqing.hall.online.internal;

import java.time.Duration;

/**
 * The limits of codes and sessions (configuration PID {@code org.qinqing.hall.online}).
 *
 * @param codeValid how long a code may be used
 * @param maxTries wrong tries that end a code
 * @param perPhoneMinute codes a phone may receive within a minute
 * @param perPhoneDay codes a phone may receive within 24 hours
 * @param perAddressHour codes one client address may ask for within an hour
 * @param idle a session ends after this long without a request
 * @param absolute a session ends this long after login whatever happens
 * @param remember how long a node trusts a session it read (revocation on another node takes at most this long)
 */
record Policy(Duration codeValid, int maxTries, int perPhoneMinute, int perPhoneDay, int perAddressHour, Duration idle, Duration absolute,
        Duration remember) {

    /** The shipped defaults. */
    static Policy defaults() {
        return new Policy(Duration.ofMinutes(5), 5, 1, 10, 30, Duration.ofHours(8), Duration.ofDays(7), Duration.ofSeconds(5));
    }
}
