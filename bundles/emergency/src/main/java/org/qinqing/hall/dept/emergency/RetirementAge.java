package org.qinqing.hall.dept.emergency;

import java.time.LocalDate;

/**
 * Statutory retirement age after 《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》
 * (from 1 January 2025): men 60 → 63 and women 55 → 58 by one month every four months of birth, women
 * 50 → 55 by one month every two months, starting with those born in January 1965, 1970 and 1975.
 */
final class RetirementAge {

    /** The three groups of the decision. */
    enum Group {
        MEN(60, 1965, 4, 36),
        WOMEN_55(55, 1970, 4, 36),
        WOMEN_50(50, 1975, 2, 60);

        final int originalAge;
        final int firstYear;
        final int monthsPerStep;
        final int maxDelay;

        Group(int originalAge, int firstYear, int monthsPerStep, int maxDelay) {
            this.originalAge = originalAge;
            this.firstYear = firstYear;
            this.monthsPerStep = monthsPerStep;
            this.maxDelay = maxDelay;
        }
    }

    private RetirementAge() {
    }

    /** @param birth birth date @param group the group @return the first day of retirement */
    static LocalDate retirementDate(LocalDate birth, Group group) {
        long index = (birth.getYear() - group.firstYear) * 12L + birth.getMonthValue() - 1;
        long delay = index < 0 ? 0 : Math.min(group.maxDelay, index / group.monthsPerStep + 1);
        return birth.plusYears(group.originalAge).plusMonths(delay);
    }

    /** @param retirement a retirement date @param birth the birth date @return the age as 周岁 and months, e.g. 60周岁5个月 */
    static String describe(LocalDate birth, LocalDate retirement) {
        java.time.Period p = java.time.Period.between(birth, retirement);
        return p.getYears() + "周岁" + (p.getMonths() == 0 ? "" : p.getMonths() + "个月");
    }
}
