package org.qinqing.hall.api;

/**
 * What one deadline scan did.
 *
 * @param due cases whose next rung was due
 * @param yellow yellow warnings fired
 * @param red red warnings fired
 * @param overdue overdue escalations fired (with accountability records)
 * @param millis how long the scan took
 */
public record ScanResult(int due, int yellow, int red, int overdue, long millis) {
}
