package org.qinqing.hall.cluster.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Copies every table of the hall's database into another database that holds the same schema (a
 * PostgreSQL database a hall of the same version has started on once), row by row, in one
 * transaction on each side: the source read at serializable isolation (one consistent state; on
 * Derby writers wait meanwhile), the target's own first-start rows replaced, committed at the end
 * or not at all. Column values keep their types (timestamps, dates, booleans, CLOB text, BLOB bytes),
 * so the audit records keep their hashes and the chain verifies on the target.
 */
final class TableCopy {
    /** Rows of the nodes' own bookkeeping, not the hall's data. */
    private static final Set<String> SKIPPED = Set.of("hall_schema", "hall_node", "hall_job");
    private static final int BATCH = 500;

    private TableCopy() {
    }

    /** @return rows copied per table */
    static Map<String, Long> copy(Connection source, Connection target) throws SQLException {
        check(source, target);
        int isolation = source.getTransactionIsolation();
        boolean autoCommit = source.getAutoCommit();
        source.setAutoCommit(false);
        source.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        target.setAutoCommit(false);
        Map<String, Long> copied = new LinkedHashMap<>();
        try {
            for (String table : tables(source)) {
                if (SKIPPED.contains(table)) {
                    continue;
                }
                try (Statement st = target.createStatement()) {
                    st.executeUpdate("DELETE FROM " + table);
                }
                copied.put(table, copyTable(source, target, table));
            }
            target.commit();
            source.commit();
            return copied;
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            source.rollback();
            throw e;
        } finally {
            // the source is a pooled connection of the running hall: give it back as it came
            source.setTransactionIsolation(isolation);
            source.setAutoCommit(autoCommit);
        }
    }

    /**
     * The target must hold the hall's schema at the same versions, and no audit records yet but the account
     * bookkeeping of its first start (logins, accounts it moved from {@code etc/users.properties} into its
     * database), which the copy replaces with the source's.
     */
    private static void check(Connection source, Connection target) throws SQLException {
        Map<String, Integer> from = versions(source);
        Map<String, Integer> to;
        try {
            to = versions(target);
        } catch (SQLException e) {
            throw new IllegalStateException("the target has no hall schema: start a hall of this version on it once, stop it, then copy");
        }
        if (!from.equals(to)) {
            throw new IllegalStateException("the schemas differ (this hall " + from + ", target " + to
                    + "): start a hall of this version on the target once, stop it, then copy");
        }
        try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM audit_log WHERE subject_type NOT IN ('login', 'account')")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("the target already holds " + rs.getLong(1) + " audit records: copy only into a new hall's database");
            }
        }
    }

    private static Map<String, Integer> versions(Connection c) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT module, MAX(version) FROM hall_schema GROUP BY module")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    private static List<String> tables(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = md.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby") ? "APP" : "public";
        List<String> out = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        long rows = 0;
        try (Statement st = source.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            StringBuilder cols = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                cols.append(i == 1 ? "" : ", ").append(md.getColumnName(i).toLowerCase(Locale.ROOT));
                marks.append(i == 1 ? "?" : ", ?");
            }
            try (PreparedStatement in = target.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")")) {
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        set(in, i, rs, md.getColumnType(i));
                    }
                    in.addBatch();
                    if (++rows % BATCH == 0) {
                        in.executeBatch();
                    }
                }
                in.executeBatch();
            }
        }
        return rows;
    }

    private static void set(PreparedStatement in, int i, ResultSet rs, int type) throws SQLException {
        switch (type) {
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> in.setBytes(i, rs.getBytes(i));
            case Types.CLOB, Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR -> in.setString(i, rs.getString(i));
            case Types.TIMESTAMP -> in.setTimestamp(i, rs.getTimestamp(i));
            case Types.DATE -> in.setDate(i, rs.getDate(i));
            case Types.BOOLEAN, Types.BIT -> {
                boolean v = rs.getBoolean(i);
                in.setObject(i, rs.wasNull() ? null : v, Types.BOOLEAN);
            }
            default -> in.setObject(i, rs.getObject(i));
        }
    }
}
