package org.qinqing.hall.api;

/**
 * What a composite saves against doing its steps one after another.
 *
 * @param code composite code
 * @param name composite name
 * @param cases composite cases submitted
 * @param approved cases with every step approved
 * @param promisedDays promised working days along the critical path
 * @param sequentialPromisedDays promised working days one after another
 * @param averageWorkingDays average working days from intake to the last approval, over approved cases
 * @param averageSequentialDays average of the sum of the sub-cases' own working days, over the same cases:
 *        what the applicant would have waited doing them one after another
 * @param averageVisits average in-person visits per composite case
 * @param sequentialVisits the visits the steps promise one by one
 * @param timeSavedPercent share of time saved, from the averages (or the promises before any case is approved)
 */
public record CompositeStats(String code, String name, long cases, long approved, int promisedDays, int sequentialPromisedDays,
        Double averageWorkingDays, Double averageSequentialDays, Double averageVisits, int sequentialVisits, double timeSavedPercent) {
}
