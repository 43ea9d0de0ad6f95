package org.qinqing.hall.api;

import java.time.LocalDate;

/**
 * A case's standing against its clocks, as shown wherever the case is shown.
 *
 * @param colour green, yellow, red, overdue, paused, closed or not started
 * @param remainingPromised working days left to the promised deadline (negative when past), or {@code null}
 * @param remainingLegal working days left to the legal deadline (negative when past), or {@code null}
 * @param yellowOn the day it turns yellow, or {@code null}
 * @param rungsFired escalation rungs already fired: 0 none, 1 yellow, 2 red, 3 overdue
 * @param promisedProvisional the promised deadline counts over a year served provisionally (it moves when the
 *        State Council schedule is loaded; since 1.1)
 * @param legalProvisional the legal deadline counts over a provisional year (since 1.1)
 */
public record SlaView(SlaColour colour, Integer remainingPromised, Integer remainingLegal, LocalDate yellowOn, int rungsFired,
        boolean promisedProvisional, boolean legalProvisional) {

    /** A view for a case whose clocks never started. */
    public static final SlaView NOT_STARTED = new SlaView(SlaColour.NOT_STARTED, null, null, null, 0);

    /** A view with deadlines on official schedules only; the constructor of API 1.0. */
    public SlaView(SlaColour colour, Integer remainingPromised, Integer remainingLegal, LocalDate yellowOn, int rungsFired) {
        this(colour, remainingPromised, remainingLegal, yellowOn, rungsFired, false, false);
    }

    /** @return whether a deadline shown depends on a provisional schedule @since 1.1 */
    public boolean provisional() {
        return promisedProvisional || legalProvisional;
    }
}
