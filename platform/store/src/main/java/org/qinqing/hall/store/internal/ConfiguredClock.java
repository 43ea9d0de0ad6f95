package org.qinqing.hall.store.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.qinqing.hall.api.HallClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall clock: system time, unless configuration {@code org.qinqing.hall.clock} sets
 * {@code fixed} (an ISO-8601 date-time with offset: the clock stands still there) or
 * {@code offset} (an ISO-8601 duration added to system time). For tests and drills only;
 * a moved clock is logged as a warning.
 */
public final class ConfiguredClock implements HallClock {
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredClock.class);

    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        Instant f = fixed;
        return f != null ? f : Instant.now().plus(offset);
    }

    /** @param value initial {@code fixed} from the configuration */
    public void setFixed(String value) {
        fixed = value == null || value.isBlank() ? null : OffsetDateTime.parse(value).toInstant();
    }

    /** @param value initial {@code offset} from the configuration */
    public void setOffset(String value) {
        offset = value == null || value.isBlank() ? Duration.ZERO : Duration.parse(value);
    }

    /** Blueprint calls this with the configuration, and again on every change. @param props the configuration */
    public void update(Map<String, ?> props) {
        Object f = props == null ? null : props.get("fixed");
        Object o = props == null ? null : props.get("offset");
        fixed = f == null || f.toString().isBlank() ? null : OffsetDateTime.parse(f.toString()).toInstant();
        offset = o == null || o.toString().isBlank() ? Duration.ZERO : Duration.parse(o.toString());
        if (fixed != null || !offset.isZero()) {
            LOG.warn("The hall clock is moved: fixed={} offset={}; now is {}", fixed, offset, now());
        }
    }
}
