package org.qinqing.hall.store.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A diagnostic, off unless the system property {@code hall.store.profile=true}: counts the statements the writer's
 * connections run (each execute is a round trip on PostgreSQL), by SQL text, and logs them per unit of work every
 * 30 seconds. Used to find where a unit's round trips go (docs/benchmarks.md, "round trips per unit").
 */
final class StatementProfile {
    private static final Logger LOG = LoggerFactory.getLogger(StatementProfile.class);
    static final boolean ON = Boolean.getBoolean("hall.store.profile");
    /** The writer's (both lanes, and the committer's use of them). */
    static final StatementProfile WRITER = new StatementProfile();

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private long units;
    private long batches;
    private long lastLog = System.nanoTime();

    /** @return the connection, counting its statements when profiling is on */
    Connection wrap(Connection c) {
        if (!ON) {
            return c;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler(c, null));
    }

    private InvocationHandler handler(Object target, String sql) {
        return (proxy, m, args) -> {
            String name = m.getName();
            if (name.startsWith("execute")) {
                String text = sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                count((name.equals("executeBatch") ? "BATCH " : "") + text);
            }
            if (name.equals("setSavepoint") || name.equals("releaseSavepoint") || name.equals("rollback") && args != null
                    || name.equals("commit")) {
                count("(JDBC) " + name);
            }
            Object result = invoke(target, m, args);
            if (result instanceof PreparedStatement ps && name.equals("prepareStatement")) {
                return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                        handler(ps, (String) args[0]));
            }
            if (result instanceof Statement st && name.equals("createStatement")) {
                return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class}, handler(st, null));
            }
            return result;
        };
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void count(String sql) {
        String key = sql.replaceAll("\\s+", " ");
        counts.computeIfAbsent(key.length() > 140 ? key.substring(0, 140) : key, k -> new LongAdder()).increment();
    }

    /** After each batch (writer thread): logs the counts per unit every 30 s. */
    void batchDone(int batchUnits) {
        if (!ON) {
            return;
        }
        units += batchUnits;
        batches++;
        if (System.nanoTime() - lastLog < 30_000_000_000L) {
            return;
        }
        lastLog = System.nanoTime();
        List<String> lines = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, LongAdder> e : counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed()).toList()) {
            long n = e.getValue().sumThenReset();
            total += n;
            lines.add(String.format("PROFILE %8d %6.2f/unit  %s", n, n / (double) units, e.getKey()));
        }
        // a line each: the log's layout cuts long messages
        LOG.warn("PROFILE {} units in {} batches, {} statements ({} a unit):", units, batches, total,
                String.format("%.2f", total / (double) Math.max(1, units)));
        lines.forEach(LOG::warn);
        units = 0;
        batches = 0;
    }
}
