package org.qinqing.hall.metrics.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.micrometer.core.instrument.Metrics;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Test;

/** The registry serves what the core modules record through Micrometer's global registry, and the JVM's meters. */
public class PrometheusMetricsTest {
    private final PrometheusMetrics metrics = new PrometheusMetrics();

    @After
    public void stop() {
        metrics.stop();
    }

    @Test
    public void servesWhatIsRecordedInTheGlobalRegistryInTheTextFormat() {
        metrics.start();
        Metrics.counter("hall.test.recorded", "department", "police").increment(3);
        String text = metrics.scrape();
        assertEquals("3.0", value(text, "hall_test_recorded_total{department=\"police\"}"));
        assertTrue(text, text.contains("# TYPE hall_test_recorded_total counter"));
        assertTrue(metrics.contentType().startsWith("text/plain; version=0.0.4"));
    }

    @Test
    public void servesTheJvmMeters() {
        metrics.start();
        String text = metrics.scrape();
        for (String name : new String[] {"jvm_memory_used_bytes{", "jvm_threads_live_threads ", "jvm_classes_loaded_classes ",
            "process_uptime_seconds ", "system_cpu_count ", "jvm_gc_"}) {
            assertTrue("missing " + name, text.contains(name));
        }
        assertTrue(Double.parseDouble(value(text, "jvm_threads_live_threads")) >= 1);
    }

    @Test
    public void leavesTheGlobalRegistryWhenStopped() {
        metrics.start();
        assertEquals(1, Metrics.globalRegistry.getRegistries().size());
        metrics.stop();
        assertTrue(Metrics.globalRegistry.getRegistries().isEmpty());
    }

    @Test
    public void loopbackIsOpenByDefaultAndFollowsTheConfiguration() {
        assertTrue(metrics.loopbackAllowed());
        metrics.update(Map.of("allowLoopback", "false"));
        assertFalse(metrics.loopbackAllowed());
        metrics.update(Map.of("allowLoopback", " TRUE "));
        assertTrue(metrics.loopbackAllowed());
        metrics.update(Map.of());
        assertTrue(metrics.loopbackAllowed());
    }

    @Test
    public void aMistypedSettingClosesLoopbackAccessInsteadOfGuessingOpen() {
        metrics.update(Map.of("allowLoopback", "yes"));
        assertFalse(metrics.loopbackAllowed());
    }

    /** @return the sample's value in the exposition text */
    static String value(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        assertTrue("no sample " + series + " in:\n" + text, m.find());
        return m.group(1);
    }
}
