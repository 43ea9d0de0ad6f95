package org.qinqing.hall.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.qinqing.hall.api.CalendarDay;
import org.qinqing.hall.api.CalendarYear;

/**
 * A year's holidays as the law itself fixes them, for a year whose State Council notice is not
 * loaded yet: 《全国年节及纪念日放假办法》 as amended in 2024 — 元旦 1 January; 春节 农历除夕 and
 * 正月初一 to 初三; 清明节; 劳动节 1–2 May; 端午节 五月初五; 中秋节 八月十五; 国庆节 1–3 October — and its
 * Art. 6: a holiday on a Saturday or Sunday gives a day off on the next weekday that is not
 * already one (补假). The notice's bridging days and make-up working days (调休) cannot be
 * computed, so none are included. Pure computation: every node derives the same schedule.
 */
final class ProvisionalSchedule {
    /** The source a provisional year names. */
    static final String SOURCE = "按《全国年节及纪念日放假办法》推算（暂定，待国务院办公厅通知）";
    static final String BY = "system:provisional";

    private static final Map<Integer, CalendarYear> CACHE = new ConcurrentHashMap<>();

    private ProvisionalSchedule() {
    }

    /** @return the provisional schedule of a year (computed once per year and kept: it never changes) */
    static CalendarYear of(int year) {
        return CACHE.computeIfAbsent(year, y -> new CalendarYear(y, days(y), 0, SOURCE, null, BY, true));
    }

    static List<CalendarDay> days(int year) {
        FestivalDates f = Festivals.of(year);
        Map<LocalDate, String> off = new TreeMap<>();
        off.put(LocalDate.of(year, 1, 1), "元旦");
        for (int i = 0; i < 4; i++) {
            off.putIfAbsent(f.newYearsEve().plusDays(i), "春节");
        }
        off.putIfAbsent(f.qingming(), "清明节");
        off.putIfAbsent(LocalDate.of(year, 5, 1), "劳动节");
        off.putIfAbsent(LocalDate.of(year, 5, 2), "劳动节");
        off.putIfAbsent(f.dragonBoat(), "端午节");
        // 中秋 may fall on 1–3 October; the law then gives no extra day, so the day is counted once
        off.putIfAbsent(f.midAutumn(), "中秋节");
        for (int i = 1; i <= 3; i++) {
            off.putIfAbsent(LocalDate.of(year, 10, i), "国庆节");
        }
        Map<LocalDate, String> all = new TreeMap<>(off);
        for (Map.Entry<LocalDate, String> h : off.entrySet()) {
            if (weekend(h.getKey())) {
                LocalDate d = h.getKey().plusDays(1);
                while (weekend(d) || all.containsKey(d)) {
                    d = d.plusDays(1);
                }
                if (d.getYear() == year) {
                    all.put(d, h.getValue() + "补假");
                }
            }
        }
        List<CalendarDay> out = new ArrayList<>();
        all.forEach((d, name) -> out.add(new CalendarDay(d, true, name)));
        return List.copyOf(out);
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
