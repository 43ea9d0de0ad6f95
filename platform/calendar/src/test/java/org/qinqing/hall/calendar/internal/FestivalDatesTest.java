package org.qinqing.hall.calendar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/**
 * Every festival date the hall computes for 2025–2035 equals an independent astronomical
 * derivation (Meeus new moons and VSOP87 Sun, Beijing time); the astronomy itself is checked
 * against published instants first, so that the check cannot pass on a broken computation.
 */
public class FestivalDatesTest {

    @Test
    public void theIndependentAstronomyMatchesPublishedInstants() {
        // Meeus example 49.a: the new moon of February 1977 is JDE 2443192.65118 (k = -283)
        assertEquals(2443192.65118, Meeus.newMoon(-283), 0.00001);
        // Meeus example 25.b: apparent longitude of the Sun on 1992-10-13.0 TD is 199°54'21.818" (199.906060°)
        assertEquals(199.906060, Meeus.sunApparentLongitude(2448908.5), 0.5 / 3600);
        // winter solstice 2025: 21 December 15:03 UTC; March equinox 2026: 20 March 14:46 UTC (published almanacs)
        assertNear(LocalDateTime.of(2025, 12, 21, 15, 3), Meeus.sunAt(270, Meeus.jde(LocalDateTime.of(2025, 12, 21, 0, 0))));
        assertNear(LocalDateTime.of(2026, 3, 20, 14, 46), Meeus.sunAt(0, Meeus.jde(LocalDateTime.of(2026, 3, 20, 0, 0))));
        // new moon of 29 January 2025, 12:36 UTC (Spring Festival 2025); of 17 February 2026, 12:01 UTC
        assertNear(LocalDateTime.of(2025, 1, 29, 12, 36), Meeus.newMoon(Meeus.lunationNear(LocalDate.of(2025, 1, 20)) + 1));
        assertNear(LocalDateTime.of(2026, 2, 17, 12, 1), Meeus.newMoon(Meeus.lunationNear(LocalDate.of(2026, 2, 10)) + 1));
    }

    @Test
    public void theHallsFestivalDatesEqualTheAstronomicalOnes2025To2035() {
        List<String> wrong = new ArrayList<>();
        for (int y = 2025; y <= 2035; y++) {
            FestivalDates hall = Festivals.of(y);
            FestivalDates sky = new AstronomicalCalendar(y).festivals;
            if (!hall.equals(sky)) {
                wrong.add("hall " + hall + " sky " + sky);
            }
        }
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
    }

    @Test
    public void theRawLibraryDiffersExactlyWhereTheCorrectionsTableSays() {
        // without the table, ICU4J and the low-accuracy term: each difference must be a listed correction
        Set<String> differences = new TreeSet<>();
        for (int y = 2025; y <= 2035; y++) {
            FestivalDates sky = new AstronomicalCalendar(y).festivals;
            FestivalDates raw = Festivals.raw(y);
            if (!raw.springFestival().equals(sky.springFestival())) {
                differences.add(y + " springFestival " + sky.springFestival());
            }
            if (!raw.qingming().equals(sky.qingming())) {
                differences.add(y + " qingming " + sky.qingming());
            }
            if (!raw.dragonBoat().equals(sky.dragonBoat())) {
                differences.add(y + " dragonBoat " + sky.dragonBoat());
            }
            if (!raw.midAutumn().equals(sky.midAutumn())) {
                differences.add(y + " midAutumn " + sky.midAutumn());
            }
        }
        Set<String> table = new TreeSet<>();
        for (LunarCorrections.Correction c : LunarCorrections.TABLE) {
            table.add(c.year() + " " + c.festival() + " " + c.date());
        }
        assertEquals(table, differences);
    }

    @Test
    public void leapMonthsFollowTheWinterSolsticeRuleIncluding2033() {
        // 2025 has a leap sixth month; 2028 a leap fifth; 2031 a leap third; the leap month of 2033 is the eleventh
        // (the sui 2033–2034 has thirteen months), not the seventh
        assertEquals(6, new AstronomicalCalendar(2025).leapMonth());
        assertEquals(5, new AstronomicalCalendar(2028).leapMonth());
        assertEquals(3, new AstronomicalCalendar(2031).leapMonth());
        assertEquals(0, new AstronomicalCalendar(2033).leapMonth());
        assertEquals(11, new AstronomicalCalendar(2034).leapMonth());
    }

    @Test
    public void reportsEveryNewMoonAndTermWithinHalfAnHourOfBeijingMidnight() {
        Set<String> close = new TreeSet<>();
        for (int y = 2025; y <= 2035; y++) {
            for (AstronomicalCalendar.Event e : new AstronomicalCalendar(y).events) {
                if (e.minutesFromMidnight() <= 30) {
                    close.add(e.beijing() + " Beijing: " + e.what());
                }
            }
        }
        // printed for the note (docs/operations.md); the set is what the corrections table was checked against
        close.forEach(s -> System.out.println("near midnight: " + s));
        assertTrue(close.size() < 40);
    }

    private static void assertNear(LocalDateTime utc, double jde) {
        LocalDateTime got = LocalDateTime.ofInstant(Meeus.instant(jde), ZoneOffset.UTC);
        long minutes = Math.abs(java.time.Duration.between(utc, got).toMinutes());
        assertTrue(utc + " vs " + got, minutes <= 1);
    }
}
