package org.qinqing.hall.api;

/** Where a case stands against its clocks (阳光办 warnings). */
public enum SlaColour {
    /** Not accepted yet: the clocks have not started. */
    NOT_STARTED,
    /** Within the promised time. */
    GREEN,
    /** 黄灯: the configured share (default 80%) of the promised time is used. */
    YELLOW,
    /** 红灯: past the promised deadline. */
    RED,
    /** 超期: past the legal deadline. */
    OVERDUE,
    /** Clocks paused (supplement during review, special procedure). */
    PAUSED,
    /** Closed. */
    CLOSED
}
