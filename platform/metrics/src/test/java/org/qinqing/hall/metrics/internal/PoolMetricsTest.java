package org.qinqing.hall.metrics.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.After;
import org.junit.Test;

/** Pool use is read from the pools' MBeans under pax-jdbc's name, whenever they appear. */
public class PoolMetricsTest {
    private final MBeanServer server = MBeanServerFactory.newMBeanServer();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PoolMetrics pools = new PoolMetrics(server);

    /** What commons-pool2's GenericObjectPool shows over JMX, in part. */
    public interface FakePoolMBean {
        int getNumActive();

        int getNumIdle();

        int getMaxTotal();

        int getNumWaiters();

        long getBorrowedCount();

        long getMaxBorrowWaitTimeMillis();
    }

    /** A pool with fixed figures. */
    public static class FakePool implements FakePoolMBean {
        @Override
        public int getNumActive() {
            return 3;
        }

        @Override
        public int getNumIdle() {
            return 13;
        }

        @Override
        public int getMaxTotal() {
            return 16;
        }

        @Override
        public int getNumWaiters() {
            return 0;
        }

        @Override
        public long getBorrowedCount() {
            return 1234;
        }

        @Override
        public long getMaxBorrowWaitTimeMillis() {
            return 250;
        }
    }

    @After
    public void close() {
        pools.close();
    }

    private static ObjectName pool(String name) throws Exception {
        return new ObjectName("org.ops4j.pax.jdbc.pool.dbcp2:type=GenericObjectPool,name=" + name);
    }

    private double active(String pool) {
        return registry.get("hall.db.pool.connections.active").tag("pool", pool).gauge().value();
    }

    @Test
    public void readsAPoolThatExistedBeforeAndOneThatCameAfter() throws Exception {
        server.registerMBean(new FakePool(), pool("hall"));
        pools.bindTo(registry);
        assertEquals(3.0, active("hall"), 0);
        assertEquals(13.0, registry.get("hall.db.pool.connections.idle").tag("pool", "hall").gauge().value(), 0);
        assertEquals(16.0, registry.get("hall.db.pool.connections.max").tag("pool", "hall").gauge().value(), 0);
        assertEquals(1234.0, registry.get("hall.db.pool.borrowed").tag("pool", "hall").functionCounter().count(), 0);
        assertEquals(0.25, registry.get("hall.db.pool.borrow.wait.max").tag("pool", "hall").gauge().value(), 1e-9);
        server.registerMBean(new FakePool(), pool("reports"));
        assertEquals(3.0, active("reports"), 0);
    }

    @Test
    public void aPoolThatIsGoneReadsNaNAndItsMetersLeaveOnClose() throws Exception {
        server.registerMBean(new FakePool(), pool("hall"));
        pools.bindTo(registry);
        server.unregisterMBean(pool("hall"));
        assertTrue(Double.isNaN(active("hall")));
        pools.close();
        assertNull(registry.find("hall.db.pool.connections.active").gauge());
    }

    @Test
    public void otherMBeansAreNotPools() throws Exception {
        server.registerMBean(new FakePool(), new ObjectName("org.apache.commons.pool2:type=GenericObjectPool,name=other"));
        pools.bindTo(registry);
        assertNull(registry.find("hall.db.pool.connections.active").gauge());
    }
}
