package org.qinqing.hall.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A pause of a case's clocks (补正 during review, or a special procedure), from the pause ledger.
 *
 * @param kind SUPPLEMENT, HEARING, TESTING, EXPERT_REVIEW or OTHER
 * @param startedAt when it began
 * @param startedOn the day it began
 * @param endedAt when it ended, or {@code null} while running
 * @param endedOn the day it ended, or {@code null}
 * @param workingDays working days it lasted (added to both deadlines when it ended)
 * @param reason why
 * @param startedBy who paused
 * @param endedBy who resumed, or {@code null}
 */
public record ClockPause(String kind, Instant startedAt, LocalDate startedOn, Instant endedAt, LocalDate endedOn,
        int workingDays, String reason, String startedBy, String endedBy) {
}
