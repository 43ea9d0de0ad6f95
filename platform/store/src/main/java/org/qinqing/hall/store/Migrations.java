package org.qinqing.hall.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;

/**
 * Reads a module's migrations from {@code db/<module>/V<n>__<description>.sql} inside a bundle, with
 * the files of the same name in {@code db/<module>/postgresql/} that replace them on PostgreSQL.
 */
public final class Migrations {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

    private Migrations() {
    }

    /** @param bundle the module's bundle @param module its name @return its migrations, ordered */
    public static List<Migration> fromBundle(Bundle bundle, String module) {
        Enumeration<URL> entries = bundle.findEntries("db/" + module, "V*.sql", false);
        List<Migration> out = new ArrayList<>();
        Map<String, String> postgresql = new HashMap<>();
        Enumeration<URL> pg = bundle.findEntries("db/" + module + "/" + Migration.POSTGRESQL, "V*.sql", false);
        for (URL url : pg == null ? Collections.<URL>emptyList() : Collections.list(pg)) {
            postgresql.put(name(url), read(url));
        }
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String file = name(url);
            Migration m = parse(file, read(url));
            String alternative = postgresql.remove(file);
            out.add(alternative == null ? m
                    : new Migration(m.version(), m.description(), m.sql(), Map.of(Migration.POSTGRESQL, alternative)));
        }
        if (!postgresql.isEmpty()) {
            throw new IllegalArgumentException("db/" + module + "/postgresql/ has files without a main migration: " + postgresql.keySet());
        }
        out.sort(Comparator.comparingInt(Migration::version));
        return out;
    }

    /** @param file a file name {@code V<n>__<description>.sql} @param sql its content @return the migration */
    public static Migration parse(String file, String sql) {
        Matcher m = NAME.matcher(file);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration file " + file + " is not named V<n>__<description>.sql");
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql);
    }

    private static String name(URL url) {
        return url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }
}
