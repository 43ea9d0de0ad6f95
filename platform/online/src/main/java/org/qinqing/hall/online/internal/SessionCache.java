package org.qinqing.hall.online.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qinqing.hall.online.ApplicantSession;

/**
 * Sessions this node read lately, by token hash, trusted for a few seconds: a burst of requests
 * with one token costs one read, and a logout or revocation on another node is obeyed here once
 * the entry is that old. This node's own logouts and revocations drop entries at once.
 */
final class SessionCache {
    private static final int MAX = 100_000;

    /** A session as read, with when it was last seen and when this node read it. */
    record Entry(ApplicantSession session, Instant lastSeen, long readAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long trustMillis;

    SessionCache(long trustMillis) {
        this.trustMillis = trustMillis;
    }

    /** @return the entry if read within the trust period, else {@code null} */
    Entry fresh(String hash, long nowMillis) {
        Entry e = entries.get(hash);
        return e != null && nowMillis - e.readAt < trustMillis ? e : null;
    }

    Entry put(String hash, ApplicantSession s, long nowMillis) {
        return put(hash, s, Instant.ofEpochMilli(nowMillis), nowMillis);
    }

    Entry put(String hash, ApplicantSession s, Instant lastSeen, long nowMillis) {
        if (entries.size() > MAX) {
            entries.values().removeIf(e -> nowMillis - e.readAt >= trustMillis);
        }
        Entry e = new Entry(new ApplicantSession(s.person(), s.level(), null, s.absoluteExpiresAt(), null), lastSeen, nowMillis);
        entries.put(hash, e);
        return e;
    }

    Entry touched(String hash, Entry e, Instant lastSeen) {
        Entry t = new Entry(e.session(), lastSeen, e.readAt);
        entries.replace(hash, e, t);
        return t;
    }

    void remove(String hash) {
        entries.remove(hash);
    }

    void removePerson(String person) {
        entries.values().removeIf(e -> e.session().person().equals(person));
    }
}
