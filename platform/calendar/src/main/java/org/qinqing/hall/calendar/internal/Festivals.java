package org.qinqing.hall.calendar.internal;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The moving festivals of a year: lunar dates from ICU4J's {@link ChineseCalendar} (which computes
 * new moons and principal terms in Beijing time), Qingming from {@link SolarTerms}, then the
 * explicit {@link LunarCorrections} where an independent computation disagrees.
 */
final class Festivals {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Festivals.class);

    private Festivals() {
    }

    /** @return the year's festivals, corrected where the library is known to be wrong */
    static FestivalDates of(int year) {
        java.time.Instant qingming = SolarTerms.when(15, year, 4, 4);
        if (SolarTerms.minutesFromMidnight(qingming) < 30
                && LunarCorrections.TABLE.stream().noneMatch(c -> c.year() == year && c.festival().equals("qingming"))) {
            // beyond the years checked in the tests: the low-accuracy term may be on the wrong side of midnight
            LOG.warn("Qingming {} falls {} minutes from Beijing midnight ({}); its day is uncertain until checked", year,
                    SolarTerms.minutesFromMidnight(qingming), qingming);
        }
        return LunarCorrections.apply(raw(year));
    }

    /** @return the festivals as the library and the low-accuracy solar term give them */
    static FestivalDates raw(int year) {
        ChineseCalendar lunar = new ChineseCalendar(TimeZone.GMT_ZONE);
        LocalDate spring = null;
        LocalDate dragon = null;
        LocalDate autumn = null;
        // 正月初一 falls 21 Jan – 20 Feb, 五月初五 late May – late June, 八月十五 early Sep – early Oct
        for (LocalDate d = LocalDate.of(year, 1, 15); d.isBefore(LocalDate.of(year, 10, 15)); d = d.plusDays(1)) {
            lunar.setTimeInMillis(d.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
            if (lunar.get(ChineseCalendar.IS_LEAP_MONTH) != 0) {
                continue;
            }
            int month = lunar.get(ChineseCalendar.MONTH) + 1;
            int day = lunar.get(ChineseCalendar.DAY_OF_MONTH);
            if (month == 1 && day == 1) {
                spring = d;
            } else if (month == 5 && day == 5) {
                dragon = d;
            } else if (month == 8 && day == 15) {
                autumn = d;
            }
        }
        if (spring == null || dragon == null || autumn == null) {
            throw new IllegalStateException("the Chinese calendar gave no Spring Festival, Dragon Boat or Mid-Autumn in " + year);
        }
        return new FestivalDates(year, spring.minusDays(1), spring, SolarTerms.qingming(year), dragon, autumn);
    }
}
