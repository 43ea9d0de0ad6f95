package org.qinqing.hall.cases.internal;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.Tx;

/**
 * A change is prepared on the hall's date and committed with the writer's time: should midnight
 * fall in between, the case would carry one day (accepted on, decided on, the deadlines counted
 * from it) and a time of the next. The write checks the day again and is refused whole; the
 * change is prepared once more on the new day.
 */
final class SameDay {
    static final String ERROR = "day_changed";

    private SameDay() {
    }

    /** @throws HallException 409 {@value #ERROR} when the unit's time is not on {@code preparedOn} */
    static void check(Tx tx, LocalDate preparedOn) {
        LocalDate committing = LocalDate.ofInstant(tx.now(), HallClock.ZONE);
        if (!committing.equals(preparedOn)) {
            throw HallException.conflict(ERROR, "the hall's date changed from " + preparedOn + " to " + committing
                    + " while the change was being made; nothing was saved, make it again");
        }
    }

    /** @return what {@code attempt} returns, prepared again once when midnight fell between its preparation and its write */
    static <T> T retried(Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (HallException e) {
            if (!ERROR.equals(e.error())) {
                throw e;
            }
            return attempt.get();
        }
    }
}
