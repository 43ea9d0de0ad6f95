package org.qinqing.hall.store.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Migrations;
import org.qinqing.hall.store.internal.JdbcDatabase;

/**
 * Real embedded Derby databases on disk (target/test-dbs), with full durability, for the unit
 * tests of platform modules (shipped as this module's test jar).
 */
public final class TestStore {

    private TestStore() {
    }

    /** @return a data source for a new database */
    public static EmbeddedDataSource fresh() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(new File("target/test-dbs/" + UUID.randomUUID()).getAbsolutePath());
        ds.setCreateDatabase("create");
        return ds;
    }

    /** @return a data source for the same database, opened again */
    public static EmbeddedDataSource existing(EmbeddedDataSource ds) {
        EmbeddedDataSource again = new EmbeddedDataSource();
        again.setDatabaseName(ds.getDatabaseName());
        return again;
    }

    /** @return the store's own migrations, read from its resources */
    public static List<Migration> storeMigrations() {
        return module(JdbcDatabase.class, "store");
    }

    /**
     * Every migration a module ships, in version order, as {@link Migrations#fromBundle} finds them
     * in its bundle: a test's schema never falls behind the module's.
     *
     * @param anchor a class of the module (its classes folder or its jar is searched)
     * @param module the module's migration folder
     * @return the migrations read from {@code /db/<module>/V*.sql}
     */
    public static List<Migration> module(Class<?> anchor, String module) {
        String folder = "db/" + module + "/";
        List<String> files = new ArrayList<>();
        try {
            Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                try (Stream<Path> s = Files.list(where.resolve(folder))) {
                    s.map(f -> f.getFileName().toString()).forEach(files::add);
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(folder))
                            .map(n -> n.substring(folder.length())).forEach(files::add);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the migrations of " + module, e);
        }
        files.removeIf(f -> !f.matches("V[0-9]+__[^/]+\\.sql"));
        List<Migration> out = resources(anchor, module, files.toArray(String[]::new));
        out.sort(Comparator.comparingInt(Migration::version));
        return out;
    }

    /**
     * @param anchor a class of the module
     * @param module the module's migration folder
     * @param files the migration files, in order
     * @return the migrations read from {@code /db/<module>/} on the class path
     */
    public static List<Migration> resources(Class<?> anchor, String module, String... files) {
        List<Migration> out = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = anchor.getResourceAsStream("/db/" + module + "/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("no migration /db/" + module + "/" + file);
                }
                out.add(Migrations.parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** @return a started database on the data source, with the given clock */
    public static JdbcDatabase started(EmbeddedDataSource ds, HallClock clock) {
        JdbcDatabase db = new JdbcDatabase(ds, clock, storeMigrations());
        db.start();
        return db;
    }
}
