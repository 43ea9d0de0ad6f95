package org.qinqing.hall.api;

import java.util.List;

/**
 * SLA statistics for a period, per department or item, and in total.
 *
 * @param from first day of the period
 * @param to last day
 * @param groupBy department or item
 * @param rows one row per group
 * @param total all groups together
 */
public record SlaStats(String from, String to, String groupBy, List<Row> rows, Row total) {

    /**
     * @param key department or item code
     * @param name its name
     * @param decided cases decided (approved or denied) in the period
     * @param onTimePromised decided by the promised deadline
     * @param onTimeLegal decided by the legal deadline
     * @param onTimeRate onTimePromised / decided (0–1), or {@code null} with nothing decided
     * @param meanDays mean working days from acceptance to decision, pauses excluded
     * @param medianDays median of the same
     * @param meanPromisedLimit mean promised limit of those cases
     * @param meanLegalLimit mean legal limit of those cases
     * @param items items in the catalogue for the group
     * @param halvedItems items whose promised limit is at most half the legal limit
     * @param compression 1 − (sum of promised limits ÷ sum of legal limits) over the group's catalogue items
     * @param overdueOpen open cases past their legal deadline now
     * @param overdueDecided decided cases that passed their legal deadline
     * @param suspendedDays working days the group's decided cases spent paused
     */
    public record Row(String key, String name, int decided, int onTimePromised, int onTimeLegal, Double onTimeRate,
            Double meanDays, Double medianDays, Double meanPromisedLimit, Double meanLegalLimit, int items, int halvedItems,
            Double compression, int overdueOpen, int overdueDecided, int suspendedDays) {
    }
}
