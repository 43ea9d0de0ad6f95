package org.qinqing.hall.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The day of a solar term (节气) in Beijing time. ICU4J's Chinese calendar uses the principal terms
 * internally but does not expose them, so the Sun's apparent longitude is computed here after
 * Meeus, <i>Astronomical Algorithms</i> ch. 25 ("low accuracy": about 0.01°, which is up to a
 * quarter of an hour in time). That is why {@link #minutesFromMidnight} exists: a term that close to
 * Beijing midnight is checked against a precise computation (the unit tests do so through 2035) and
 * settled in {@link LunarCorrections}.
 */
final class SolarTerms {
    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private SolarTerms() {
    }

    /** @return the instant (UTC) at which the Sun's apparent longitude reaches {@code degrees} in the given year */
    static Instant when(double degrees, int year, int approxMonth, int approxDay) {
        double jde = jd(LocalDate.of(year, approxMonth, approxDay).atStartOfDay());
        for (int i = 0; i < 20; i++) {
            double diff = degrees - longitude(jde);
            diff = ((diff + 540) % 360) - 180;
            double step = diff * 365.2422 / 360.0;
            jde += step;
            if (Math.abs(step) < 1e-6) {
                break;
            }
        }
        double jdUt = jde - deltaT(year) / 86400.0;
        return Instant.ofEpochSecond(Math.round((jdUt - 2440587.5) * 86400.0));
    }

    /** @return 清明: the Beijing day the Sun reaches 15° */
    static LocalDate qingming(int year) {
        return LocalDateTime.ofInstant(when(15, year, 4, 4), BEIJING).toLocalDate();
    }

    /** @return minutes between the instant and the nearest Beijing midnight */
    static long minutesFromMidnight(Instant at) {
        int minute = LocalDateTime.ofInstant(at, BEIJING).toLocalTime().toSecondOfDay() / 60;
        return Math.min(minute, 24 * 60 - minute);
    }

    /** Meeus 25.2–25.8: the apparent longitude in degrees at a Julian Ephemeris Day. */
    static double longitude(double jde) {
        double t = (jde - 2451545.0) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
        return ((lambda % 360) + 360) % 360;
    }

    /** ΔT (TT − UT) in seconds: 69 s in 2025, growing by a few tenths a year. */
    static double deltaT(int year) {
        return 69.2 + 0.3 * (year - 2025);
    }

    private static double jd(LocalDateTime utc) {
        return utc.toEpochSecond(ZoneOffset.UTC) / 86400.0 + 2440587.5;
    }
}
