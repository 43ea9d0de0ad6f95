package org.qinqing.hall.backup.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.Test;

public class BackupScheduleTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    public void theNextSlotIsTodayBeforeTheTimeAndTomorrowFromIt() {
        LocalTime at = LocalTime.of(3, 15);
        assertEquals(ZonedDateTime.of(2026, 12, 7, 3, 15, 0, 0, BEIJING),
                BackupSchedule.next(ZonedDateTime.of(2026, 12, 7, 1, 0, 0, 0, BEIJING), at));
        assertEquals(ZonedDateTime.of(2026, 12, 8, 3, 15, 0, 0, BEIJING),
                BackupSchedule.next(ZonedDateTime.of(2026, 12, 7, 3, 15, 0, 0, BEIJING), at));
        assertEquals(ZonedDateTime.of(2027, 1, 1, 3, 15, 0, 0, BEIJING),
                BackupSchedule.next(ZonedDateTime.of(2026, 12, 31, 23, 59, 0, 0, BEIJING), at));
    }
}
