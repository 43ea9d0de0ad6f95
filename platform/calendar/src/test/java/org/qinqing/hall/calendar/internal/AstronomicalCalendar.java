package org.qinqing.hall.calendar.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chinese lunisolar calendar derived from first principles (GB/T 33661-2017 rules), on the
 * independent {@link Meeus} astronomy, in Beijing time: a month begins on the day of the new moon;
 * the month holding the winter solstice is the eleventh; when thirteen months lie between two
 * eleventh months, the first of them without a principal term (中气, a multiple of 30° of solar
 * longitude) is the leap month and repeats the number of the month before.
 */
final class AstronomicalCalendar {

    /** An astronomical event with its Beijing time. */
    record Event(String what, LocalDateTime beijing) {
        long minutesFromMidnight() {
            int m = beijing.toLocalTime().toSecondOfDay() / 60;
            return Math.min(m, 24 * 60 - m);
        }
    }

    /** A lunar month: first day, number, leap. */
    record LunarMonth(LocalDate first, int number, boolean leap) {
    }

    final int year;
    final List<LunarMonth> months = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final FestivalDates festivals;

    /** Derives the months from the eleventh month before year's Spring Festival to the eleventh month of the year. */
    AstronomicalCalendar(int year) {
        this.year = year;
        double wsBefore = Meeus.sunAt(270, Meeus.jde(LocalDateTime.of(year - 1, Month.DECEMBER, 21, 0, 0)));
        double wsAfter = Meeus.sunAt(270, Meeus.jde(LocalDateTime.of(year, Month.DECEMBER, 21, 0, 0)));
        events.add(new Event("冬至 " + (year - 1), Meeus.beijing(wsBefore)));
        events.add(new Event("冬至 " + year, Meeus.beijing(wsAfter)));
        List<LocalDate> newMoons = new ArrayList<>();
        int k0 = Meeus.lunationNear(LocalDate.of(year - 1, 11, 1)) - 2;
        for (int k = k0; k < k0 + 20; k++) {
            double jde = Meeus.newMoon(k);
            newMoons.add(Meeus.beijingDate(jde));
            events.add(new Event("朔 k=" + k, Meeus.beijing(jde)));
        }
        List<LocalDate> principal = new ArrayList<>();
        for (int i = 0; i <= 13; i++) {
            double deg = (270 + 30 * i) % 360;
            double jde = Meeus.sunAt(deg, wsBefore + i * 30.44);
            principal.add(Meeus.beijingDate(jde));
            events.add(new Event("中气 " + (int) deg + "°", Meeus.beijing(jde)));
        }
        double qm = Meeus.sunAt(15, Meeus.jde(LocalDateTime.of(year, Month.APRIL, 4, 0, 0)));
        events.add(new Event("清明 " + year, Meeus.beijing(qm)));
        int a = lastOnOrBefore(newMoons, Meeus.beijingDate(wsBefore));
        int b = lastOnOrBefore(newMoons, Meeus.beijingDate(wsAfter));
        int leap = -1;
        if (b - a == 13) {
            for (int i = a + 1; i < b; i++) {
                if (!holdsPrincipalTerm(newMoons.get(i), newMoons.get(i + 1), principal)) {
                    leap = i;
                    break;
                }
            }
            if (leap < 0) {
                throw new IllegalStateException("a leap sui without a month lacking a principal term in " + year);
            }
        } else if (b - a != 12) {
            throw new IllegalStateException((b - a) + " months between two winter solstices in " + year);
        }
        int number = 11;
        months.add(new LunarMonth(newMoons.get(a), 11, false));
        for (int i = a + 1; i <= b; i++) {
            if (i == leap) {
                months.add(new LunarMonth(newMoons.get(i), number, true));
            } else {
                number = number % 12 + 1;
                months.add(new LunarMonth(newMoons.get(i), number, false));
            }
        }
        LocalDate spring = first(1);
        festivals = new FestivalDates(year, spring.minusDays(1), spring, Meeus.beijingDate(qm), first(5).plusDays(4),
                first(8).plusDays(14));
    }

    private LocalDate first(int number) {
        // months 1..10 of this year come after the 11th and 12th of the year before
        boolean pastTwelve = false;
        for (LunarMonth m : months) {
            if (m.number() == 12) {
                pastTwelve = true;
            } else if (pastTwelve && !m.leap() && m.number() == number) {
                return m.first();
            }
        }
        throw new IllegalStateException("no month " + number + " in " + year);
    }

    private static boolean holdsPrincipalTerm(LocalDate from, LocalDate nextMonth, List<LocalDate> principal) {
        for (LocalDate p : principal) {
            if (!p.isBefore(from) && p.isBefore(nextMonth)) {
                return true;
            }
        }
        return false;
    }

    private static int lastOnOrBefore(List<LocalDate> days, LocalDate d) {
        int found = -1;
        for (int i = 0; i < days.size(); i++) {
            if (!days.get(i).isAfter(d)) {
                found = i;
            }
        }
        if (found < 0 || found == days.size() - 1) {
            throw new IllegalStateException("new moons do not cover " + d);
        }
        return found;
    }

    /** @return the leap month's number, or 0 */
    int leapMonth() {
        return months.stream().filter(LunarMonth::leap).mapToInt(LunarMonth::number).findFirst().orElse(0);
    }
}
