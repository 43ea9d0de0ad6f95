package org.qinqing.hall.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;

/**
 * The store the suite runs on: embedded Derby (each container's own, in its data folder) unless
 * {@code -Dhall.store=postgresql}, which points every container at one PostgreSQL database
 * ({@code -Dhall.store.url}, {@code .user}, {@code .password}; by default database {@code hall_test}, role {@code hall}/{@code hall} on
 * 127.0.0.1:5432, as {@code .ci/run} creates it) and empties it before each container boots, so every
 * test class starts on an empty database as it does on Derby.
 */
final class TestStore {
    static final String URL = System.getProperty("hall.store.url", "jdbc:postgresql://127.0.0.1:5432/hall_test");
    static final String USER = System.getProperty("hall.store.user", "hall");
    static final String PASSWORD = System.getProperty("hall.store.password", "hall");

    private TestStore() {
    }

    static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty("hall.store", "derby"));
    }

    /** @return the options that point a container's datasource at the store (none for Derby) */
    static Option options() {
        if (!postgresql()) {
            return CoreOptions.composite();
        }
        if (System.getProperty("karaf.base") == null) { // in the test's own JVM, not inside the container
            empty();
        }
        String cfg = "etc/org.ops4j.datasource-hall.cfg";
        return CoreOptions.composite(
                editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(cfg, "dataSourceName", "hall"),
                editConfigurationFilePut(cfg, "url", URL),
                editConfigurationFilePut(cfg, "user", USER),
                editConfigurationFilePut(cfg, "password", PASSWORD),
                editConfigurationFilePut(cfg, "pool", "dbcp2"),
                editConfigurationFilePut(cfg, "xa", "false"),
                editConfigurationFilePut(cfg, "pool.maxTotal", "16"),
                editConfigurationFilePut(cfg, "pool.maxIdle", "16"),
                // as the README's lines for PostgreSQL (they replace the file): the feature's Derby lines pool statements, and dbcp2
                // keys each pooled statement by the connection's schema, which pgjdbc asks the server for (select current_schema(),
                // a round trip per prepareStatement); pgjdbc keeps its own server-side statements per connection
                editConfigurationFilePut(cfg, "factory.poolStatements", "false"));
    }

    /** Drops every table of the test database: its public schema, made anew. */
    static void empty() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the PostgreSQL test database " + URL + " (is it running? .ci/run starts it)", e);
        }
    }
}
