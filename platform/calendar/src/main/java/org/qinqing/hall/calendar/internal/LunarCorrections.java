package org.qinqing.hall.calendar.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Where ICU4J (or the low-accuracy solar term) puts a festival on another day than the precise
 * computation in Beijing time: a new moon or a term minutes from midnight. Each entry says why.
 * The unit test {@code FestivalDatesTest} derives every festival through 2035 independently
 * (Meeus ch. 49 new moons, VSOP87 Sun) and fails when this table and the computation disagree.
 */
final class LunarCorrections {

    /** A corrected festival: {@code festival} is one of springFestival, qingming, dragonBoat, midAutumn. */
    record Correction(int year, String festival, LocalDate date, String why) {
    }

    static final List<Correction> TABLE = List.of(
            new Correction(2027, "springFestival", LocalDate.of(2027, 2, 6),
                    "new moon at 23:56 Beijing time on 6 Feb 2027 (15:56 UTC); ICU4J 79.1 puts 正月初一 on 7 Feb"),
            new Correction(2030, "springFestival", LocalDate.of(2030, 2, 3),
                    "new moon at 00:07 Beijing time on 3 Feb 2030 (16:07 UTC on 2 Feb); ICU4J 79.1 puts 正月初一 on 2 Feb"));

    private LunarCorrections() {
    }

    static FestivalDates apply(FestivalDates f) {
        FestivalDates out = f;
        for (Correction c : TABLE) {
            if (c.year() != f.year()) {
                continue;
            }
            out = switch (c.festival()) {
                case "springFestival" -> new FestivalDates(out.year(), c.date().minusDays(1), c.date(), out.qingming(), out.dragonBoat(),
                        out.midAutumn());
                case "qingming" -> new FestivalDates(out.year(), out.newYearsEve(), out.springFestival(), c.date(), out.dragonBoat(),
                        out.midAutumn());
                case "dragonBoat" -> new FestivalDates(out.year(), out.newYearsEve(), out.springFestival(), out.qingming(), c.date(),
                        out.midAutumn());
                case "midAutumn" -> new FestivalDates(out.year(), out.newYearsEve(), out.springFestival(), out.qingming(),
                        out.dragonBoat(), c.date());
                default -> throw new IllegalStateException("unknown festival " + c.festival());
            };
        }
        return out;
    }
}
