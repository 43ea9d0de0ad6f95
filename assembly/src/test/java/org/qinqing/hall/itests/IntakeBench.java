package org.qinqing.hall.itests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.spi.Channel;

/**
 * Benchmark, not a test (runs only with {@code -Pbench}): accepted cases per second through the
 * core API, in the hall's own JVM, with durable commits (Derby's default: every commit forced to
 * the log). {@code mvn -B verify -pl assembly -Pbench -Dit.test=IntakeBench}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IntakeBench extends HallTestSupport {
    private static final int APPLICANTS = 2000;

    @Inject
    private Cases cases;

    @Inject
    private org.qinqing.hall.store.Database database;

    @Inject
    private org.osgi.service.cm.ConfigurationAdmin configAdmin;

    @Override
    protected Option[] extraOptions() {
        return new Option[] {fixedClock("2026-03-02T10:00:00+08:00")};
    }

    private static final Actor CLERK = Actor.staff("bench-clerk", Set.of("clerk"), Channel.COUNTER, "B01");

    private static Submission submission(int i, boolean withProfile) {
        return new Submission("police-no-criminal-record", CrashIT.applicant(i % APPLICANTS), Map.of("purpose", "就业"),
                List.of(new MaterialInput("id-card", null, null, null, null, null, true)), Channel.COUNTER, "B01", null,
                withProfile ? "压测申请人" : null, Map.of(), null);
    }

    @Test
    public void acceptedCasesPerSecondInProcess() throws Exception {
        for (int i = 0; i < APPLICANTS; i++) {
            cases.submit(submission(i, true), CLERK);
        }
        for (int threads : new int[] {1, 8, 16}) {
            run(threads, 5);
            run(threads, 15);
        }
    }

    /**
     * What the metrics cost: 8 threads with the Prometheus registry attached, then with the
     * hall-metrics bundle stopped (every meter a no-op), four times each, alternating so that the
     * tables' growth and the JIT favour neither. {@code -Dit.test=IntakeBench#metricsOverheadInProcess}.
     */
    @Test
    public void metricsOverheadInProcess() throws Exception {
        for (int i = 0; i < APPLICANTS; i++) {
            cases.submit(submission(i, true), CLERK);
        }
        org.osgi.framework.Bundle metrics = java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> "org.qinqing.hall.hall-metrics".equals(b.getSymbolicName())).findFirst().orElseThrow();
        run(8, 5);
        for (int round = 0; round < 4; round++) {
            System.out.println("BENCH metrics on");
            run(8, 10);
            metrics.stop();
            System.out.println("BENCH metrics off");
            run(8, 10);
            metrics.start();
        }
    }

    /**
     * What the store's cache of committed rows is worth at intake: 8 threads with it on, then off,
     * four times each, alternating. {@code -Dit.test=IntakeBench#rowCacheOnOffInProcess}.
     */
    @Test
    public void rowCacheOnOffInProcess() throws Exception {
        for (int i = 0; i < APPLICANTS; i++) {
            cases.submit(submission(i, true), CLERK);
        }
        run(8, 5);
        for (int round = 0; round < 4; round++) {
            RowCacheSwitch.set(configAdmin, database, true);
            run(8, 10);
            RowCacheSwitch.set(configAdmin, database, false);
            run(8, 10);
        }
        RowCacheSwitch.set(configAdmin, database, true);
    }

    private void run(int threads, int seconds) throws Exception {
        org.qinqing.hall.store.Database.WriteStats before = database.stats();
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[][] lat = new long[threads][];
        int[] counts = new int[threads];
        CountDownLatch done = new CountDownLatch(threads);
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final int id = t;
            new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        long s = System.nanoTime();
                        CaseView v = cases.submit(submission(next.getAndIncrement(), false), CLERK);
                        if (v.status() != CaseStatus.ACCEPTED) {
                            throw new AssertionError(v.status());
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - s;
                    }
                } finally {
                    lat[id] = mine;
                    counts[id] = n;
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<Long> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < counts[t]; i++) {
                all.add(lat[t][i]);
            }
        }
        all.sort(Long::compare);
        org.qinqing.hall.store.Database.WriteStats after = database.stats();
        long commits = after.commits() - before.commits();
        long writes = after.writes() - before.writes();
        System.out.printf("BENCH intake in-process threads=%d seconds=%d cases=%d throughput=%.0f cases/s p50=%.2f ms p99=%.2f ms"
                + " commits=%d writes/commit=%.1f commits/s=%.0f%n",
                threads, seconds, all.size(), all.size() / elapsed, all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.99)) / 1e6, commits, writes / (double) Math.max(1, commits), commits / elapsed);
    }
}
