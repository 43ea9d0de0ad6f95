package org.qinqing.hall.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.CompositeCase;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.api.identity.ResidentIds;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.store.Database;

/**
 * Benchmark, not a test (runs only with {@code -Pbench}): workload {@code talent-settlement} in the
 * hall's own JVM with durable commits — each case submitted (a new applicant each time), its two
 * parallel steps reviewed and approved, the police step (started by the join) reviewed and
 * approved, the composite completed. {@code mvn -B verify -pl assembly -Pbench -Dit.test=CompositeBench}
 * ({@code -Dbench.warmup=60} seconds of warm-up, {@code -Dbench.threads=8,1,2,4,16,32} the runs of 20 s; a thread
 * count given more than once is run again, and the summary line gives each count's runs and median, as the
 * figures of this VM vary by a fifth from one run to the next).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CompositeBench extends HallTestSupport {
    private static final Actor CLERK = Actor.staff("bench-clerk", Set.of("clerk"), Channel.COUNTER, "B01");
    private static final Map<String, Actor> APPROVERS = Map.of(
            "health", Actor.staff("approver-health", Set.of("approver", "dept:health"), null, null),
            "hr", Actor.staff("approver-hr", Set.of("approver", "dept:hr"), null, null),
            "police", Actor.staff("approver-police", Set.of("approver", "dept:police"), null, null));
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Inject
    private Cases cases;

    @Inject
    private Composites composites;

    @Inject
    private Database database;

    @Inject
    private org.osgi.service.cm.ConfigurationAdmin configAdmin;

    @Override
    protected Option[] extraOptions() {
        List<Option> options = new ArrayList<>(List.of(fixedClock("2026-03-02T10:00:00+08:00"),
                systemProperty("bench.warmup").value(System.getProperty("bench.warmup", "60")),
                systemProperty("bench.threads").value(System.getProperty("bench.threads", "8,1,2,4,16,32")),
                // read inside the container too: Derby's statement cache is asked only on Derby
                systemProperty("hall.store").value(System.getProperty("hall.store", "derby"))));
        for (String kv : System.getProperty("bench.system", "").split(",")) {
            if (!kv.isBlank()) {
                String[] p = kv.split("=", 2);
                options.add(editConfigurationFilePut("etc/system.properties", p[0], p[1]));
            }
        }
        String pool = System.getProperty("bench.datasource", "");
        if (!pool.isBlank()) {
            // the feature's datasource configuration with some keys changed (the file then replaces the feature's)
            Map<String, String> cfg = new LinkedHashMap<>(Map.of("osgi.jdbc.driver.name", "derby", "dataSourceName", "hall",
                    "url", "jdbc:derby:${karaf.data}/derby/hall;create=true", "pool", "dbcp2", "xa", "false", "pool.maxTotal", "16",
                    "pool.maxIdle", "16", "factory.poolStatements", "true", "factory.maxOpenPreparedStatements", "300"));
            for (String kv : pool.split(",")) {
                String[] p = kv.split("=", 2);
                cfg.put(p[0], p[1]);
            }
            cfg.forEach((k, v) -> options.add(editConfigurationFilePut("etc/org.ops4j.datasource-hall.cfg", k, v)));
        }
        for (String vm : System.getProperty("bench.vm", "").split(" ")) {
            if (!vm.isBlank()) {
                options.add(org.ops4j.pax.exam.CoreOptions.vmOption(vm));
            }
        }
        return options.toArray(new Option[0]);
    }

    /** A new applicant for every case: born from 1985 on, 1,000 per birthday. */
    private static String person() {
        int n = PEOPLE.getAndIncrement();
        String body = "440305" + LocalDate.of(1985, 1, 1).plusDays(n / 1000).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", n % 1000);
        return body + ResidentIds.checkCharacter(body);
    }

    private static Submission application() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("maritalStatus", "未婚");
        form.put("children", 0);
        form.put("education", "硕士研究生");
        form.put("graduationDate", "2010-07-01");
        form.put("employer", "深圳市南山区某科技有限公司");
        form.put("employerCode", IntakeIT.COMPANY);
        form.put("originAddress", "湖南省长沙市岳麓区");
        form.put("settleAddress", "深圳市南山区粤海街道");
        List<MaterialInput> materials = new ArrayList<>();
        for (String code : List.of("id-card", "degree", "labour-contract", "photo")) {
            materials.add(new MaterialInput(code, null, null, null, null, null, true));
        }
        return new Submission("talent-settlement", person(), form, materials, Channel.COUNTER, "B01", null, "压测申请人", Map.of(), null);
    }

    private static String sub(CompositeCase c, String step) {
        return c.steps().stream().filter(s -> s.id().equals(step)).findFirst().orElseThrow().caseNumber();
    }

    private void approve(String caseNumber, String department) {
        cases.act(caseNumber, CaseAction.REVIEW, ActionInput.NONE, APPROVERS.get(department));
        cases.act(caseNumber, CaseAction.APPROVE, ActionInput.NONE, APPROVERS.get(department));
    }

    /** One case through all its steps. */
    private void oneCase() {
        CompositeCase c = composites.submit(application(), CLERK);
        approve(sub(c, "family-planning"), "health");
        approve(sub(c, "talent-introduction"), "hr");
        CompositeCase joined = composites.get(c.caseNumber(), CLERK);
        String police = sub(joined, "transfer-card");
        if (police == null) {
            throw new AssertionError("the join did not start the police step: " + joined.steps());
        }
        approve(police, "police");
        CompositeCase done = composites.complete(c.caseNumber(), "ELECTRONIC", CLERK);
        if (!done.status().equals("COMPLETED")) {
            throw new AssertionError(done.status());
        }
    }

    @Test
    public void completedTalentSettlementCasesPerSecond() throws Exception {
        // a minute for the JIT: the first 10 s at 8 threads run at a fifth of the speed of later ones
        run(8, Integer.getInteger("bench.warmup", 60));
        Map<String, List<Double>> runs = new java.util.LinkedHashMap<>();
        // a count with "off" after it (e.g. 64off) runs with the store's cache of committed rows off
        for (String t : System.getProperty("bench.threads", "8,1,2,4,16,32").split(",")) {
            boolean off = t.trim().endsWith("off");
            int threads = Integer.parseInt(t.trim().replace("off", ""));
            if (off == database.rows().enabled()) {
                RowCacheSwitch.set(configAdmin, database, !off);
            }
            runs.computeIfAbsent(threads + (off ? " rowCache=off" : ""), k -> new ArrayList<>()).add(run(threads, 20));
        }
        runs.forEach((threads, perSecond) -> {
            List<Double> sorted = perSecond.stream().sorted().toList();
            System.out.printf("BENCH summary threads=%s runs=%s median=%.0f cases/s best=%.0f cases/s%n", threads,
                    perSecond.stream().map(v -> String.format("%.0f", v)).toList(), sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() - 1));
        });
        if (TestStore.postgresql()) {
            return; // Derby's statement cache below has no PostgreSQL counterpart
        }
        System.out.println("BENCH Derby statement cache: " + database.read(c -> {
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM SYSCS_DIAG.STATEMENT_CACHE")) {
                rs.next();
                return rs.getInt(1);
            }
        }) + " statements");
    }

    /** CPU seconds used so far: [this process, the writer thread, the whole machine busy, the whole machine total]. */
    private static double[] cpu() throws java.io.IOException {
        String[] self = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat")).replaceFirst(".*\\) ", "").split(" ");
        double process = (Long.parseLong(self[11]) + Long.parseLong(self[12])) / 100.0;
        String[] all = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < all.length; i++) {
            total += Long.parseLong(all[i]);
        }
        long idle = Long.parseLong(all[4]) + Long.parseLong(all[5]);
        double writer = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("hall-store-writer")) {
                writer = mx.getThreadCpuTime(t.getId()) / 1e9;
            }
        }
        return new double[] {process, writer, (total - idle) / 100.0, total / 100.0};
    }

    /** @return completed cases per second */
    private double run(int threads, int seconds) throws Exception {
        Database.WriteStats before = database.stats();
        double[] cpuBefore = cpu();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[][] lat = new long[threads][];
        int[] counts = new int[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(threads);
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final int id = t;
            new Thread(() -> {
                long[] mine = new long[1 << 14];
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        long s = System.nanoTime();
                        oneCase();
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - s;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    lat[id] = mine;
                    counts[id] = n;
                    done.countDown();
                }
            }).start();
        }
        done.await();
        if (failure.get() != null) {
            throw new AssertionError("a case failed", failure.get());
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<Long> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < counts[t]; i++) {
                all.add(lat[t][i]);
            }
        }
        all.sort(Long::compare);
        Database.WriteStats after = database.stats();
        double[] cpuAfter = cpu();
        long commits = after.commits() - before.commits();
        long writes = after.writes() - before.writes();
        int n = Math.max(1, all.size());
        System.out.printf("BENCH talent-settlement threads=%d seconds=%d completed=%d throughput=%.0f cases/s p50=%.1f ms p99=%.1f ms"
                + " writes/case=%.1f statements/case=%.0f commits=%d writes/commit=%.1f writer: running units %.0f%% (%.2f ms/case),"
                + " committing %.0f%% (%.2f ms/commit)%n",
                threads, seconds, all.size(), all.size() / elapsed, all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.99)) / 1e6, writes / (double) n, (after.statements() - before.statements()) / (double) n,
                commits, writes / (double) Math.max(1, commits),
                (after.workNanos() - before.workNanos()) / (elapsed * 1e7), (after.workNanos() - before.workNanos()) / 1e6 / n,
                (after.commitNanos() - before.commitNanos()) / (elapsed * 1e7),
                (after.commitNanos() - before.commitNanos()) / 1e6 / Math.max(1, commits));
        System.out.printf("BENCH cpu threads=%d: hall process %.2f ms/case (%.0f%% of the machine), writer thread %.2f ms/case,"
                + " machine busy %.0f%%%n", threads,
                (cpuAfter[0] - cpuBefore[0]) * 1e3 / n, 100 * (cpuAfter[0] - cpuBefore[0]) / (cpuAfter[3] - cpuBefore[3]),
                (cpuAfter[1] - cpuBefore[1]) * 1e3 / n, 100 * (cpuAfter[2] - cpuBefore[2]) / (cpuAfter[3] - cpuBefore[3]));
        return all.size() / elapsed;
    }
}
