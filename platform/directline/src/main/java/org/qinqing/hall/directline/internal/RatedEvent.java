package org.qinqing.hall.directline.internal;

/**
 * A finished service event that may be rated, as its module describes it.
 *
 * @param kind CASE, TICKET or DEMAND
 * @param subject its number
 * @param department the department that served
 * @param item the item or service
 * @param window the window, or {@code null}
 * @param clerk the clerk, or {@code null}
 */
record RatedEvent(String kind, String subject, String department, String item, String window, String clerk) {
}
