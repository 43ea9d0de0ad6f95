package org.qinqing.hall.spi;

/** How an item's time limits are counted. */
public enum LimitUnit {
    /** 工作日: Monday–Friday without statutory holidays, plus make-up working days (the default, Administrative Licensing Law Art. 82). */
    WORKING_DAYS,
    /** 自然日: calendar days, where the item's law says so. */
    NATURAL_DAYS
}
