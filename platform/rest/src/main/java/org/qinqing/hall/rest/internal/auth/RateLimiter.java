package org.qinqing.hall.rest.internal.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qinqing.hall.api.HallException;

/**
 * A token bucket per client address for public endpoints that could be used to probe
 * (identity checks, progress queries, applicant actions): {@code perSecond} sustained,
 * {@code burst} at once; beyond that 429.
 */
public class RateLimiter {
    private static final int MAX_CLIENTS = 100_000;

    private record Bucket(double tokens, long at) {
    }

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param perSecond sustained rate @param burst bucket size */
    public RateLimiter(double perSecond, double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** @param client the client's address @throws HallException 429 when it has no token left */
    public void acquire(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        long now = System.nanoTime();
        Bucket b = buckets.compute(client, (k, old) -> {
            double tokens = old == null ? burst : Math.min(burst, old.tokens + (now - old.at) / 1e9 * perSecond);
            return new Bucket(tokens - 1, now);
        });
        if (b.tokens < 0) {
            throw new HallException(HallException.Kind.TOO_MANY, "rate_limited", null,
                    "too many requests from this address; at most " + (int) perSecond + " per second");
        }
    }
}
