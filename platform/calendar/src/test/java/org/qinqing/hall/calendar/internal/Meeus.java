package org.qinqing.hall.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An astronomical computation independent of ICU4J, to check the hall's festival dates: new moons
 * after Meeus, <i>Astronomical Algorithms</i> (2nd ed.) ch. 49 with the periodic and the 14 additional
 * corrections (error of a few seconds), and the Sun's apparent longitude after ch. 25/32 from VSOP87D
 * (Meeus's Appendix III terms, FK5 correction, nutation in longitude ch. 22, aberration): about one
 * arc-second, i.e. well under a minute of time. Times are TT (JDE) and turned into UTC with ΔT.
 */
final class Meeus {
    /** Beijing time, the zone in which the Chinese calendar is defined. */
    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private enum Series { L0, L1, L2, L3, L4, L5, B0, B1, R0, R1, R2, R3, R4 }

    private static final Map<Series, double[][]> VSOP = load();

    private Meeus() {
    }

    private static Map<Series, double[][]> load() {
        Map<Series, List<double[]>> rows = new EnumMap<>(Series.class);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Meeus.class.getResourceAsStream("/astro/vsop87d-earth-meeus.txt"), StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                rows.computeIfAbsent(Series.valueOf(f[0]), s -> new ArrayList<>())
                        .add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Series, double[][]> out = new EnumMap<>(Series.class);
        rows.forEach((s, l) -> out.put(s, l.toArray(new double[0][])));
        return out;
    }

    /** ΔT = TT − UT in seconds: about 69 s in 2025, a few tenths of a second more each year after (IERS). */
    static double deltaT(double jde) {
        double year = 2000 + (jde - 2451545.0) / 365.25;
        return 69.2 + 0.3 * (year - 2025);
    }

    /** @return the UTC instant of a Julian Ephemeris Day */
    static Instant instant(double jde) {
        double jdUt = jde - deltaT(jde) / 86400.0;
        double seconds = (jdUt - 2440587.5) * 86400.0;
        return Instant.ofEpochSecond(Math.round(seconds));
    }

    /** @return the JDE (TT) of a UTC date and time */
    static double jde(LocalDateTime utc) {
        double jd = utc.toEpochSecond(ZoneOffset.UTC) / 86400.0 + 2440587.5;
        return jd + deltaT(jd) / 86400.0;
    }

    static LocalDateTime beijing(double jde) {
        return LocalDateTime.ofInstant(instant(jde), BEIJING);
    }

    static LocalDate beijingDate(double jde) {
        return beijing(jde).toLocalDate();
    }

    /** Meeus ch. 49: the true new moon of lunation k (k = 0 is that of 6 January 2000). @return its JDE */
    static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double c = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(om)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
        double[][] a = {
            {0.000325, 299.77, 0.107408}, {0.000165, 251.88, 0.016321}, {0.000164, 251.83, 26.651886},
            {0.000126, 349.42, 36.412478}, {0.000110, 84.66, 18.206239}, {0.000062, 141.74, 53.303771},
            {0.000060, 207.14, 2.453732}, {0.000056, 154.84, 7.306860}, {0.000047, 34.52, 27.261239},
            {0.000042, 207.19, 0.121824}, {0.000040, 291.34, 1.844379}, {0.000037, 161.72, 24.198154},
            {0.000035, 239.56, 25.513099}, {0.000023, 331.55, 3.592518},
        };
        double w = 0;
        for (int i = 0; i < a.length; i++) {
            double arg = a[i][1] + a[i][2] * k - (i == 0 ? 0.009173 * t2 : 0);
            w += a[i][0] * Math.sin(rad(arg));
        }
        return jde + c + w;
    }

    /** @return the lunation number k of the first new moon on or after a UTC day (approximately; callers scan around it) */
    static int lunationNear(LocalDate day) {
        double years = day.getYear() + (day.getDayOfYear() - 1) / 365.25 - 2000;
        return (int) Math.floor(years * 12.3685);
    }

    /** @return the Sun's apparent geocentric longitude in degrees [0, 360) at a JDE */
    static double sunApparentLongitude(double jde) {
        double tau = (jde - 2451545.0) / 365250.0;
        double l = poly(tau, Series.L0, Series.L1, Series.L2, Series.L3, Series.L4, Series.L5);
        double b = poly(tau, Series.B0, Series.B1);
        double r = poly(tau, Series.R0, Series.R1, Series.R2, Series.R3, Series.R4);
        double t = tau * 10;
        // geocentric, FK5 (Meeus 32.3 and 25.9)
        double theta = Math.toDegrees(l) + 180;
        double lp = theta - 1.397 * t - 0.00031 * t * t;
        double dTheta = -0.09033 + 0.03916 * (Math.cos(rad(lp)) + Math.sin(rad(lp))) * Math.tan(-b);
        theta += dTheta / 3600;
        // nutation in longitude (Meeus ch. 22, to 0.5") and aberration (25.10)
        double om = rad(125.04452 - 1934.136261 * t);
        double ls = rad(280.4665 + 36000.7698 * t);
        double lm = rad(218.3165 + 481267.8813 * t);
        double dPsi = -17.20 * Math.sin(om) - 1.32 * Math.sin(2 * ls) - 0.23 * Math.sin(2 * lm) + 0.21 * Math.sin(2 * om);
        double lambda = theta + dPsi / 3600 - 20.4898 / 3600 / r;
        return ((lambda % 360) + 360) % 360;
    }

    /** @return the JDE at which the Sun's apparent longitude reaches {@code degrees}, starting near {@code guess} */
    static double sunAt(double degrees, double guess) {
        double jde = guess;
        for (int i = 0; i < 50; i++) {
            double diff = degrees - sunApparentLongitude(jde);
            diff = ((diff + 540) % 360) - 180;
            // the Sun moves about 1/58.13 degree per day at mean speed; Newton steps converge to well under a second
            double step = diff * 365.2422 / 360.0;
            jde += step;
            if (Math.abs(step) < 1e-7) {
                break;
            }
        }
        return jde;
    }

    private static double poly(double tau, Series... series) {
        double sum = 0;
        double p = 1;
        for (Series s : series) {
            double v = 0;
            for (double[] term : VSOP.get(s)) {
                v += term[0] * Math.cos(term[1] + term[2] * tau);
            }
            sum += v * p;
            p *= tau;
        }
        return sum / 1e8;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }
}
