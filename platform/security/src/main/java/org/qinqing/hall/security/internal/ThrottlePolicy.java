package org.qinqing.hall.security.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed logins slow an account or an address down: {@code threshold} failures within
 * {@code window} lock it for {@code lock}; every further failure in the same window doubles the
 * lock, up to {@code maxLock}.
 *
 * @param accountThreshold failures of one account that lock it (5)
 * @param addressThreshold failures from one client address, over all accounts, that lock the address
 * @param window how long failures are counted together (15 minutes)
 * @param lock the first lock
 * @param maxLock the longest lock
 */
public record ThrottlePolicy(int accountThreshold, int addressThreshold, Duration window, Duration lock, Duration maxLock) {

    /** @return when a key with {@code failures} failures (now) stays locked until, or {@code null} when it is not locked */
    Instant lockedUntil(Instant now, int failures, int threshold) {
        if (failures < threshold) {
            return null;
        }
        int doublings = Math.min(failures - threshold, 30);
        long seconds = Math.min(maxLock.toSeconds(), lock.toSeconds() << doublings);
        return now.plusSeconds(Math.max(1, seconds));
    }
}
