package org.qinqing.hall.rest.internal;

import static org.junit.Assert.assertEquals;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** Requests are counted by path template, never by raw path, and a client cannot invent new series. */
public class RequestMetricsTest {

    @Test
    public void labelsAnEndpointWithItsPathTemplate() throws Exception {
        assertEquals("/cases/{number}/{action}", RequestMetrics.templateOf(find(CaseResource.class, "act")));
        assertEquals("/cases", RequestMetrics.templateOf(find(CaseResource.class, "submit")));
        assertEquals("/me", RequestMetrics.templateOf(find(MeResource.class, "me")));
        assertEquals("/metrics", RequestMetrics.templateOf(find(MetricsResource.class, "scrape")));
    }

    @Test
    public void labelsARequestThatMatchedNoEndpointUnmatched() {
        assertEquals(RequestMetrics.UNMATCHED, new RequestMetrics(new SimpleMeterRegistry()).template(null));
    }

    @Test
    public void anUnknownHttpMethodIsOther() {
        assertEquals("GET", RequestMetrics.method("GET"));
        assertEquals("OTHER", RequestMetrics.method("BREW"));
        assertEquals("OTHER", RequestMetrics.method(null));
    }

    @Test
    public void timesEachMethodEndpointAndStatusInOneTimer() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Timer t = RequestMetrics.timer(registry, "POST", "/cases", "201");
        t.record(12, TimeUnit.MILLISECONDS);
        assertEquals(t, RequestMetrics.timer(registry, "POST", "/cases", "201"));
        RequestMetrics.timer(registry, "POST", "/cases", "422").record(3, TimeUnit.MILLISECONDS);
        assertEquals(1, registry.get(RequestMetrics.METER).tags("method", "POST", "uri", "/cases", "status", "201").timer().count());
        // a dozen buckets for histogram_quantile; 12 ms is within 25 ms, not within 10 ms
        CountAtBucket[] buckets = t.takeSnapshot().histogramCounts();
        assertEquals(12, buckets.length);
        assertEquals(0.0, buckets[1].count(), 0);
        assertEquals(1.0, buckets[2].count(), 0);
        assertEquals(25.0, buckets[2].bucket(TimeUnit.MILLISECONDS), 0);
    }

    private static java.lang.reflect.Method find(Class<?> c, String name) {
        for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(c.getSimpleName() + " has no method " + name);
    }
}
