package org.qinqing.hall.calendar.internal;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/**
 * Benchmark, not a test (surefire runs *Test classes only):
 * {@code mvn -B -pl platform/calendar test -Dtest=DeadlineBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * Deadline computations per second over the shipped 2025–2026 schedules: start days all over
 * 2025, limits 0–60 working days, on 1 and 2 threads.
 */
public class DeadlineBench {

    @Test
    public void deadlinesPerSecond() throws Exception {
        JdbcDatabase db = TestStore.started(TestStore.fresh(), java.time.Instant::now);
        CalendarService calendar = new CalendarService(db, () -> java.time.Instant.parse("2025-06-01T02:00:00Z"), TestStore.module(CalendarService.class, "calendar"));
        calendar.start();
        LocalDate[] starts = new LocalDate[365];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDate.of(2025, 1, 1).plusDays(i);
        }
        for (int threads : new int[] {1, 2}) {
            run(calendar, starts, threads, 1);
            run(calendar, starts, threads, 5);
        }
        db.stop();
    }

    private static void run(CalendarService calendar, LocalDate[] starts, int threads, int seconds) throws Exception {
        AtomicLong total = new AtomicLong();
        AtomicLong sink = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final int seed = t;
            new Thread(() -> {
                long n = 0;
                long acc = 0;
                int i = seed;
                while (System.nanoTime() < end) {
                    for (int k = 0; k < 1000; k++) {
                        i = (i + 7) % starts.length;
                        acc += calendar.deadline(starts[i], k % 61, LimitUnit.WORKING_DAYS).getDayOfYear();
                    }
                    n += 1000;
                }
                total.addAndGet(n);
                sink.addAndGet(acc);
                done.countDown();
            }).start();
        }
        done.await();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCH deadlines threads=%d seconds=%d computations=%d rate=%.2f million/s (checksum %d)%n",
                threads, seconds, total.get(), total.get() / secs / 1e6, sink.get() % 1000);
    }
}
