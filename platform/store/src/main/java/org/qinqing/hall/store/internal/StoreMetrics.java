package org.qinqing.hall.store.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the store records: commits and their latency, units per batch, failures, the callers' wait
 * for a write, and (as gauges while the store runs) the writer's queue and the reads in progress.
 * Counters and timers stay in the registry across restarts of the bundle; the gauges, which read
 * live objects, are removed at stop.
 */
final class StoreMetrics {
    /** Histogram bounds of the commit and write times, from a fast disk's flush to a stalled one. */
    private static final Duration[] BUCKETS = {Duration.ofNanos(500_000), Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(10)};
    /** Commits forced to disk: {@code hall_store_commit_seconds}. */
    final Timer commit;
    /** Units of work per committed batch (group commit): {@code hall_store_batch_units}. */
    final DistributionSummary batchUnits;
    /** Batches that could not be run or committed (nothing of them saved). */
    final Counter batchFailures;
    final Counter commitFailures;
    /** A caller's wait for its write, queue included: {@code hall_store_write_seconds}. */
    final Timer write;
    private final MeterRegistry registry;
    private final List<Meter> gauges = new ArrayList<>();

    StoreMetrics(MeterRegistry registry) {
        this.registry = registry;
        commit = Timer.builder("hall.store.commit").description("Commits of the writer's batches (each forces the log to disk)")
                .serviceLevelObjectives(BUCKETS).register(registry);
        batchUnits = DistributionSummary.builder("hall.store.batch.units").baseUnit("units")
                .description("Units of work committed together in one batch (group commit)")
                .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64, 128, 256).register(registry);
        batchFailures = failures(registry, "batch");
        commitFailures = failures(registry, "commit");
        write = Timer.builder("hall.store.write").description("A caller's wait for its write: queue, run and commit")
                .serviceLevelObjectives(BUCKETS).register(registry);
    }

    private static Counter failures(MeterRegistry registry, String stage) {
        return Counter.builder("hall.store.failures").tag("stage", stage)
                .description("Batches of writes that failed (stage batch: running the units; commit: the commit); none of their units was saved")
                .register(registry);
    }

    /** Registers a gauge on a live object, removed by {@link #close()}. */
    <T> void gauge(String name, String description, T object, ToDoubleFunction<T> value) {
        gauges.add(Gauge.builder(name, object, value).description(description).strongReference(true).register(registry));
    }

    /** Removes the gauges: their objects are gone with the store. */
    void close() {
        for (Meter g : gauges) {
            registry.remove(g);
        }
        gauges.clear();
    }
}
