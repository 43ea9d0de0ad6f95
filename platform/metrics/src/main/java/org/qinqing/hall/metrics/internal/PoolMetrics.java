package org.qinqing.hall.metrics.internal;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MBeanServerDelegate;
import javax.management.MBeanServerNotification;
import javax.management.Notification;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.relation.MBeanServerNotificationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DataSource pools' use, read from their JMX MBeans: pax-jdbc's dbcp2 pool factory registers
 * each pool's commons-pool2 MBean as {@code org.ops4j.pax.jdbc.pool.dbcp2:type=GenericObjectPool,name=<dataSourceName>}
 * (not under commons-pool2's own domain, which Micrometer's binder looks in). Pools that appear
 * later (the DataSource configured after this bundle started) are bound when their MBean is
 * registered. Values of a pool whose MBean is gone read NaN.
 */
final class PoolMetrics implements MeterBinder, AutoCloseable {
    static final String PATTERN = "org.ops4j.pax.jdbc.pool.dbcp2:type=GenericObjectPool,*";
    private static final Logger LOG = LoggerFactory.getLogger(PoolMetrics.class);

    private final MBeanServer server;
    private final ObjectName pattern;
    private final List<Meter> meters = new ArrayList<>();
    private NotificationListener listener;
    private MeterRegistry registry;

    PoolMetrics() {
        this(ManagementFactory.getPlatformMBeanServer());
    }

    PoolMetrics(MBeanServer server) {
        this.server = server;
        try {
            this.pattern = new ObjectName(PATTERN);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        this.registry = registry;
        listener = (Notification n, Object handback) -> {
            if (n instanceof MBeanServerNotification m && pattern.apply(m.getMBeanName())
                    && MBeanServerNotification.REGISTRATION_NOTIFICATION.equals(n.getType())) {
                bind(m.getMBeanName());
            }
        };
        try {
            MBeanServerNotificationFilter filter = new MBeanServerNotificationFilter();
            filter.enableAllObjectNames();
            server.addNotificationListener(MBeanServerDelegate.DELEGATE_NAME, listener, filter, null);
        } catch (JMException e) {
            LOG.warn("Pools created from now on will not be measured", e);
        }
        for (ObjectName name : server.queryNames(pattern, null)) {
            bind(name);
        }
    }

    private synchronized void bind(ObjectName name) {
        if (registry == null) {
            return;
        }
        String pool = name.getKeyProperty("name");
        gauge("hall.db.pool.connections.active", "Connections lent out by the pool", name, pool, "NumActive", 1);
        gauge("hall.db.pool.connections.idle", "Connections idle in the pool", name, pool, "NumIdle", 1);
        gauge("hall.db.pool.connections.max", "The pool's maximum (pool.maxTotal)", name, pool, "MaxTotal", 1);
        gauge("hall.db.pool.waiting", "Threads waiting for a connection", name, pool, "NumWaiters", 1);
        gauge("hall.db.pool.borrow.wait.max", "Longest wait for a connection so far", name, pool, "MaxBorrowWaitTimeMillis", 0.001,
                "seconds");
        meters.add(FunctionCounter.builder("hall.db.pool.borrowed", this, m -> m.read(name, "BorrowedCount", 1))
                .description("Connections lent out since the pool was created").tag("pool", pool).register(registry));
    }

    private void gauge(String meter, String description, ObjectName name, String pool, String attribute, double scale, String... unit) {
        ToDoubleFunction<PoolMetrics> f = m -> m.read(name, attribute, scale);
        Gauge.Builder<PoolMetrics> b = Gauge.builder(meter, this, f).description(description).tag("pool", pool).strongReference(true);
        if (unit.length > 0) {
            b.baseUnit(unit[0]);
        }
        meters.add(b.register(registry));
    }

    private double read(ObjectName name, String attribute, double scale) {
        try {
            Object v = server.getAttribute(name, attribute);
            return v instanceof Number n ? n.doubleValue() * scale : Double.NaN;
        } catch (JMException e) {
            return Double.NaN; // the pool is gone (its DataSource unconfigured); a new one under the name is read again
        }
    }

    @Override
    public synchronized void close() {
        if (listener != null) {
            try {
                server.removeNotificationListener(MBeanServerDelegate.DELEGATE_NAME, listener);
            } catch (JMException e) {
                LOG.debug("Removing the MBean listener", e);
            }
        }
        if (registry != null) {
            meters.forEach(registry::remove);
        }
        meters.clear();
        registry = null;
    }
}
