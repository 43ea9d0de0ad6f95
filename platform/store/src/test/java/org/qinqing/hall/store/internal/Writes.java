package org.qinqing.hall.store.internal;

import static org.junit.Assert.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.TxWork;

/** What the writer's tests do to a database: write from many threads at once, count rows. */
final class Writes {

    private Writes() {
    }

    /**
     * Writes {@code units} units from 8 threads at once. @return each unit's result in order, or
     * {@code null} for a unit refused with a {@link HallException}
     */
    static List<Long> concurrently(Database db, int units, IntFunction<TxWork<Long>> unit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < units; i++) {
                TxWork<Long> work = unit.apply(i);
                futures.add(pool.submit(() -> db.write(work)));
            }
            List<Long> results = new ArrayList<>();
            for (Future<Long> f : futures) {
                try {
                    results.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    assertTrue(String.valueOf(e.getCause()), e.getCause() instanceof HallException);
                    results.add(null);
                }
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** @return the first column of the first row of a query */
    static long count(Database db, String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** @return a started store on the data source with the tests' {@code thing} table */
    static JdbcDatabase withThings(org.apache.derby.jdbc.EmbeddedDataSource ds) {
        JdbcDatabase db = org.qinqing.hall.store.testing.TestStore.started(ds, java.time.Instant::now);
        db.migrate("test", java.util.List.of(new org.qinqing.hall.store.Migration(1, "things",
                "CREATE TABLE thing (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40));")));
        return db;
    }
}
