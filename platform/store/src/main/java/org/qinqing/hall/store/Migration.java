package org.qinqing.hall.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One versioned schema change of a module: a file {@code db/<module>/V<version>__<description>.sql}
 * holding statements separated by {@code ;} at the end of a line. Where a database needs other SQL
 * (a Derby system procedure, {@code CLOB}, {@code DROP PRIMARY KEY}), a file of the same name in
 * {@code db/<module>/<dialect>/} replaces it on that database ({@link #POSTGRESQL}).
 *
 * @param version the version, applied in ascending order, once
 * @param description what it does
 * @param sql the statements (portable, or Derby's where a dialect's file replaces them)
 * @param dialects the statements that replace {@code sql} on a database, by dialect
 */
public record Migration(int version, String description, String sql, Map<String, String> dialects) {
    /** The dialect of PostgreSQL (the folder {@code db/<module>/postgresql/}). */
    public static final String POSTGRESQL = "postgresql";
    /** The dialect of Apache Derby, the embedded default (its SQL is the main file's). */
    public static final String DERBY = "derby";

    public Migration {
        dialects = Map.copyOf(dialects);
    }

    /** A migration with the same SQL on every database. */
    public Migration(int version, String description, String sql) {
        this(version, description, sql, Map.of());
    }

    /** @return the statements, without the separating semicolons and without comment lines */
    public List<String> statements() {
        return split(sql);
    }

    /** @param dialect {@link #DERBY} or {@link #POSTGRESQL} @return the statements to run on that database */
    public List<String> statements(String dialect) {
        return split(dialects.getOrDefault(dialect, sql));
    }

    /** @param productName a connection's {@code DatabaseMetaData.getDatabaseProductName()} @return its dialect */
    public static String dialectOf(String productName) {
        return productName != null && productName.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : DERBY;
    }

    private static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
