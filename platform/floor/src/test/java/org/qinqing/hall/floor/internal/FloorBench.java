package org.qinqing.hall.floor.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.floor.AppointmentRequest;
import org.qinqing.hall.floor.Call;
import org.qinqing.hall.floor.Slot;
import org.qinqing.hall.floor.TicketRequest;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/**
 * Floor figures on embedded Derby in one JVM (no HTTP): call-next latency with 50 windows over
 * 5,000 waiting tickets, and 10,000 concurrent bookings into 1,000 slots. Run with
 * {@code mvn -pl platform/floor test -Dtest=FloorBench -Dfloor.bench=true}.
 */
public class FloorBench {
    private static final String SITES = "{\"sites\":[{\"code\":\"bench\",\"name\":\"bench\",\"kind\":\"HALL\",\"opens\":\"08:00\",\"closes\":\"18:00\","
            + "\"slotMinutes\":30,\"slotCapacity\":5,\"windowPrefix\":\"b\",\"queues\":[" + queues() + "],"
            + "\"windows\":[{\"numbers\":\"1-50\",\"kind\":\"COMPREHENSIVE\",\"queues\":[\"A\"]}]}]}";

    private static String queues() {
        List<String> q = new ArrayList<>();
        for (char c = 'A'; c < 'A' + 10; c++) {
            q.add("{\"code\":\"" + c + "\",\"prefix\":\"" + c + "\",\"name\":\"" + c + "\"}");
        }
        return String.join(",", q);
    }

    private static FloorService floor(JdbcDatabase db) throws Exception {
        db.migrate("floor", TestStore.module(FloorService.class, "floor"));
        Sites sites = Sites.parse(new ByteArrayInputStream(SITES.getBytes(StandardCharsets.UTF_8)));
        Checks checks = new Checks(code -> true, (a, b) -> false, FloorServiceTest.CLOCK);
        FloorService f = new FloorService(db, FloorServiceTest.CLOCK, new FloorServiceTest.Weekdays(), sites,
                new org.qinqing.hall.floor.internal.Rules(30, 30, 15, 7, 3, 30, 30, 20, false, 10), checks, 200);
        f.start();
        return f;
    }

    /**
     * The same 50 windows over 5,000 waiting tickets, each window calling every {@code floor.bench.periodMillis}
     * (default 500 ms: 100 calls/s, hundreds of times a real hall's rate, where a window calls every few minutes)
     * instead of calling again at once: the latency a window sees when the writer is not saturated.
     */
    @Test
    public void callNextWithFiftyWindowsCallingEveryHalfSecond() throws Exception {
        assumeTrue(Boolean.getBoolean("floor.bench"));
        long period = Long.getLong("floor.bench.periodMillis", 500);
        int rounds = 20;
        JdbcDatabase db = TestStore.started(TestStore.fresh(), FloorServiceTest.CLOCK);
        FloorService floor = floor(db);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        fiveThousandWaitingBeforeFiftyWindows(floor, pool);
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        Set<String> called = ConcurrentHashMap.newKeySet();
        List<Future<?>> windows = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 1; w <= 50; w++) {
            String window = "b" + w;
            String clerk = "clerk-" + w;
            long offset = period * w / 50; // the windows' calls spread over the period, as on a real floor
            windows.add(pool.submit(() -> {
                for (int r = 0; r < rounds; r++) {
                    long due = start + (offset + r * period) * 1_000_000L;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    long t0 = System.nanoTime();
                    Optional<Call> c = floor.callNext(window, clerk);
                    nanos.add(System.nanoTime() - t0);
                    c.ifPresent(x -> called.add(x.ticket().ticket()));
                }
                return null;
            }));
        }
        for (Future<?> f : windows) {
            f.get(10, TimeUnit.MINUTES);
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        pool.shutdown();
        long[] ms = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("FloorBench call-next paced: 50 windows each every %d ms, 5000 tickets, %d calls in %d ms (%.0f/s); p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                period, ms.length, total, ms.length * 1000.0 / total, ms[ms.length / 2] / 1e6, ms[(int) (ms.length * 0.99)] / 1e6, ms[ms.length - 1] / 1e6);
        assertEquals("every call got a ticket of its own", 50 * rounds, called.size());
        floor.stop();
        db.stop();
    }

    private static void fiveThousandWaitingBeforeFiftyWindows(FloorService floor, ExecutorService pool) throws Exception {
        List<Future<?>> taken = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            taken.add(pool.submit(() -> floor.take("bench", new TicketRequest(null, null, null, null, null), "kiosk")));
        }
        for (Future<?> f : taken) {
            f.get();
        }
        for (int w = 1; w <= 50; w++) {
            floor.signIn("b" + w, "clerk-" + w);
        }
    }

    @Test
    public void callNextWithFiftyWindowsOverFiveThousandTickets() throws Exception {
        callNextBackToBack(false);
    }

    /**
     * The same, measured a second time in the same JVM: the 50 windows first call through 5,000
     * tickets unmeasured (the JIT compiles Derby's and the floor's code, as in a hall that has
     * been open a while), then 5,000 more are taken and called back to back, measured.
     */
    @Test
    public void callNextWithFiftyWindowsOverFiveThousandTicketsWarm() throws Exception {
        callNextBackToBack(true);
    }

    /** 5,000 tickets before 50 windows calling back to back, after one unmeasured round when {@code warm}. */
    private void callNextBackToBack(boolean warm) throws Exception {
        assumeTrue(Boolean.getBoolean("floor.bench"));
        JdbcDatabase db = TestStore.started(TestStore.fresh(), FloorServiceTest.CLOCK);
        FloorService floor = floor(db);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        if (warm) {
            fiveThousandWaitingBeforeFiftyWindows(floor, pool);
            callAllBackToBack(floor, pool, "call-next warm-up (not measured)");
        }
        fiveThousandWaitingBeforeFiftyWindows(floor, pool);
        callAllBackToBack(floor, pool, warm ? "call-next after warm-up" : "call-next");
        pool.shutdown();
        floor.stop();
        db.stop();
    }

    /** 50 windows call back to back until nobody waits; every ticket is called exactly once. */
    private static void callAllBackToBack(FloorService floor, ExecutorService pool, String what) throws Exception {
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        Set<String> called = ConcurrentHashMap.newKeySet();
        AtomicInteger twice = new AtomicInteger();
        List<Future<?>> windows = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 1; w <= 50; w++) {
            String window = "b" + w;
            String clerk = "clerk-" + w;
            windows.add(pool.submit(() -> {
                while (true) {
                    long t0 = System.nanoTime();
                    Optional<Call> c = floor.callNext(window, clerk);
                    nanos.add(System.nanoTime() - t0);
                    if (c.isEmpty()) {
                        return null;
                    }
                    if (!called.add(c.get().ticket().ticket())) {
                        twice.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : windows) {
            f.get(10, TimeUnit.MINUTES);
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        long[] ms = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("FloorBench %s: 50 windows, 5000 tickets, %d calls in %d ms (%.0f/s); p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                what, ms.length, total, ms.length * 1000.0 / total, ms[ms.length / 2] / 1e6, ms[(int) (ms.length * 0.99)] / 1e6, ms[ms.length - 1] / 1e6);
        assertEquals(0, twice.get());
        assertEquals(5000, called.size());
    }

    @Test
    public void tenThousandBookingsIntoAThousandSlotsNeverOverbook() throws Exception {
        assumeTrue(Boolean.getBoolean("floor.bench"));
        JdbcDatabase db = TestStore.started(TestStore.fresh(), FloorServiceTest.CLOCK);
        FloorService floor = floor(db);
        // five working days (Tue 8 Dec - Mon 14 Dec 2026) x 20 slots x 10 queues = 1,000 slots of 5
        List<LocalDate> days = List.of(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 14));
        List<String> starts = Bookings.slotStarts(floor.site("bench"));
        ExecutorService pool = Executors.newFixedThreadPool(64);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        List<Future<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            all.add(pool.submit(() -> {
                int slot = n % 1000;
                String queue = String.valueOf((char) ('A' + slot % 10));
                LocalDate day = days.get(slot / 10 % 5);
                String at = starts.get(slot / 50);
                try {
                    floor.book(new AppointmentRequest("bench", "item", day.toString(), at, FloorServiceTest.person(n), queue, null), "clerk", false);
                    ok.incrementAndGet();
                } catch (HallException e) {
                    if (!"slot_full".equals(e.error())) {
                        throw e;
                    }
                    full.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : all) {
            f.get(10, TimeUnit.MINUTES);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        pool.shutdown();
        int over = 0;
        int booked = 0;
        for (LocalDate d : days) {
            for (char q = 'A'; q < 'A' + 10; q++) {
                for (Slot s : floor.bookings().slots("bench", d, String.valueOf(q))) {
                    booked += s.booked();
                    over += s.booked() > s.capacity() ? 1 : 0;
                }
            }
        }
        System.out.printf("FloorBench bookings: 10000 attempts by 64 threads into 1000 slots of 5 in %d ms (%.0f/s): %d booked, %d refused full, %d slots over capacity%n",
                ms, 10_000 * 1000.0 / ms, ok.get(), full.get(), over);
        assertEquals(0, over);
        assertEquals(5000, ok.get());
        assertEquals(5000, booked);
        floor.stop();
        db.stop();
    }
}
