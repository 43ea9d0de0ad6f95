package org.qinqing.hall.calendar.internal;

import java.time.LocalDate;

/**
 * The statutory festivals of a Gregorian year whose dates move: those of the lunar calendar and
 * Qingming, the day of a solar term.
 *
 * @param year the Gregorian year
 * @param newYearsEve 农历除夕, the last day of the twelfth lunar month (the day before 正月初一)
 * @param springFestival 正月初一
 * @param qingming 清明, the day (Beijing time) the Sun's apparent longitude reaches 15°
 * @param dragonBoat 端午, 五月初五
 * @param midAutumn 中秋, 八月十五
 */
record FestivalDates(int year, LocalDate newYearsEve, LocalDate springFestival, LocalDate qingming, LocalDate dragonBoat,
        LocalDate midAutumn) {
}
