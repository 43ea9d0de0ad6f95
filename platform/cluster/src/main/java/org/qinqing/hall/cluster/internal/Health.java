package org.qinqing.hall.cluster.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Whether this node can serve: the hall's DataSource answers within two seconds, every core service
 * is registered, and the REST API's Blueprint container is up. Looked up anew on every call, so
 * the answer is DOWN during start-up and while a core bundle restarts.
 */
final class Health {
    /** The core services a request may need; their absence makes the node DOWN. */
    static final List<String> CORE_SERVICES = List.of(
            "org.qinqing.hall.store.Database", "org.qinqing.hall.api.AuditLog", "org.qinqing.hall.api.HallClock",
            "org.qinqing.hall.api.Catalogue", "org.qinqing.hall.api.WorkingCalendar", "org.qinqing.hall.api.Parties",
            "org.qinqing.hall.api.Vault", "org.qinqing.hall.api.Cases", "org.qinqing.hall.cases.CaseIntake",
            "org.qinqing.hall.api.Sla", "org.qinqing.hall.api.Composites", "org.qinqing.hall.api.Accounts",
            "org.qinqing.hall.api.LoginThrottle", "org.qinqing.hall.backup.Backups");
    /** Bundles whose Blueprint container must be up: the REST API registers no service of its own. */
    static final List<String> CORE_CONTAINERS = List.of("org.qinqing.hall.hall-rest");
    private static final long DATABASE_TIMEOUT_MS = 2000;

    /** What was found: the database's product (null when it did not answer) and what is missing. */
    record Report(boolean up, String database, String databaseError, List<String> missing) {
    }

    private final BundleContext context;
    private final ExecutorService probes = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hall-health-probe");
        t.setDaemon(true);
        return t;
    });

    Health(BundleContext context) {
        this.context = context;
    }

    void stop() {
        probes.shutdownNow();
    }

    Report check() {
        List<String> missing = new ArrayList<>();
        for (String service : CORE_SERVICES) {
            if (context.getServiceReference(service) == null) {
                missing.add(service);
            }
        }
        for (String bundle : CORE_CONTAINERS) {
            if (references("org.osgi.service.blueprint.container.BlueprintContainer",
                    "(osgi.blueprint.container.symbolicname=" + bundle + ")").isEmpty()) {
                missing.add(bundle);
            }
        }
        String product = null;
        String error = null;
        Collection<ServiceReference<?>> sources = references(DataSource.class.getName(), "(osgi.jndi.service.name=hall)");
        if (sources.isEmpty()) {
            error = "no datasource";
        } else {
            ServiceReference<?> ref = sources.iterator().next();
            Object ds = context.getService(ref);
            try {
                Future<String> probe = probes.submit(() -> probe((DataSource) ds));
                product = probe.get(DATABASE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                error = "no answer within " + DATABASE_TIMEOUT_MS + " ms";
            } catch (java.util.concurrent.ExecutionException e) {
                error = e.getCause().getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (RuntimeException e) {
                error = e.getClass().getSimpleName();
            } finally {
                if (ds != null) {
                    context.ungetService(ref);
                }
            }
        }
        return new Report(product != null && missing.isEmpty(), product, error, missing);
    }

    private static String probe(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            if (!c.isValid(2)) {
                throw new java.sql.SQLException("the connection is not valid");
            }
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    private Collection<ServiceReference<?>> references(String clazz, String filter) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(clazz, filter);
            return refs == null ? List.of() : List.of(refs);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }
}
