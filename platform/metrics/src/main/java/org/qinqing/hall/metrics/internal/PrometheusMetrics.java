package org.qinqing.hall.metrics.internal;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.metrics.HallMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the hall's Prometheus registry: binds the JVM's and the connection pool's meters to it and,
 * while the bundle runs, joins it to Micrometer's global registry, where the core modules record
 * (so none of them needs this bundle's service to count). Configuration
 * {@code org.qinqing.hall.metrics}: {@code allowLoopback}.
 */
public final class PrometheusMetrics implements HallMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(PrometheusMetrics.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> closeable = new ArrayList<>();
    private volatile boolean loopbackAllowed = true;

    /** Binds the JVM and pool meters and joins the global registry. */
    public void start() {
        for (MeterBinder b : List.of(new JvmMemoryMetrics(), new JvmGcMetrics(), new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new JvmInfoMetrics(), new ProcessorMetrics(), new UptimeMetrics(), new FileDescriptorMetrics(),
                // the DataSource's dbcp2 pool (pax-jdbc) is reachable only as commons-pool2's JMX MBean
                new PoolMetrics())) {
            b.bindTo(registry);
            if (b instanceof AutoCloseable c) {
                closeable.add(c);
            }
        }
        Metrics.addRegistry(registry);
    }

    /** Leaves the global registry; meters recorded there stay, this registry's copies go. */
    public void stop() {
        Metrics.removeRegistry(registry);
        for (AutoCloseable c : closeable) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("Closing a meter binder failed", e);
            }
        }
        registry.close();
    }

    @Override
    public String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }

    @Override
    public String scrape() {
        return registry.scrape(PrometheusTextFormatWriter.CONTENT_TYPE);
    }

    @Override
    public boolean loopbackAllowed() {
        return loopbackAllowed;
    }

    /** @param value the initial {@code allowLoopback} */
    public void setAllowLoopback(String value) {
        loopbackAllowed = allowLoopback(value);
    }

    /** Blueprint calls this on every change of the configuration. @param props the configuration */
    public void update(Map<String, ?> props) {
        Object v = props == null ? null : props.get("allowLoopback");
        loopbackAllowed = allowLoopback(v == null ? null : v.toString());
        LOG.info("Metrics readable from loopback without login: {}", loopbackAllowed);
    }

    /**
     * @return the setting: missing means the default (allowed); a value that is neither true nor
     *         false closes loopback access (admins only) and says so, rather than guess open
     */
    static boolean allowLoopback(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        String v = value.trim();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        LOG.error("allowLoopback in org.qinqing.hall.metrics must be true or false, not '{}'; metrics are readable by admins only"
                + " until it is", value);
        return false;
    }
}
