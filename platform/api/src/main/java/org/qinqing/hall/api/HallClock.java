package org.qinqing.hall.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The hall's clock, in China Standard Time. Everything that dates or times a case asks it, so
 * tests and drills can move the hall's time (configuration {@code org.qinqing.hall.clock}).
 */
@ProviderType
public interface HallClock {
    /** The hall's time zone. */
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** @return the current instant */
    Instant now();

    /** @return today's date in the hall's time zone */
    default LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }
}
