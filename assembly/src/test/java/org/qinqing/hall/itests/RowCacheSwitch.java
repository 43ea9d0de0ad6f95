package org.qinqing.hall.itests;

import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.qinqing.hall.store.Database;

/** Turns the store's cache of committed rows on or off in a running hall (etc/org.qinqing.hall.store.cfg, applied live), for benchmarks. */
final class RowCacheSwitch {

    private RowCacheSwitch() {
    }

    /** Sets {@code rowCache} and waits (10 s at most) until the store follows it. */
    static void set(ConfigurationAdmin configAdmin, Database database, boolean on) throws Exception {
        Configuration c = configAdmin.getConfiguration("org.qinqing.hall.store", null);
        Dictionary<String, Object> p = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
        p.put("rowCache", Boolean.toString(on));
        c.update(p);
        long end = System.nanoTime() + 10_000_000_000L;
        while (database.rows().enabled() != on) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the store did not turn its row cache " + (on ? "on" : "off"));
            }
            Thread.sleep(50);
        }
        System.out.println("BENCH rowCache=" + on);
    }
}
