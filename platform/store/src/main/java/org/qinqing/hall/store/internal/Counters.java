package org.qinqing.hall.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named counters kept in memory by the writer and written once per batch, so numbering costs
 * one UPDATE per batch instead of one per unit. Values used by a unit that failed are skipped.
 */
final class Counters {
    private final Map<String, Long> values = new HashMap<>();
    private final Set<String> dirty = new HashSet<>();

    long next(Connection c, String name) throws SQLException {
        Long v = values.get(name);
        if (v == null) {
            v = load(c, name);
        }
        long n = v + 1;
        values.put(name, n);
        dirty.add(name);
        return n;
    }

    /** Writes the counters changed in this batch, inside its transaction. */
    void flush(Connection c) throws SQLException {
        if (dirty.isEmpty()) {
            return;
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE hall_counter SET counter_value = ? WHERE name = ?");
             PreparedStatement in = c.prepareStatement("INSERT INTO hall_counter (name, counter_value) VALUES (?, ?)")) {
            for (String name : dirty) {
                up.setLong(1, values.get(name));
                up.setString(2, name);
                // the row may be missing if the unit that created it rolled back to its savepoint
                if (up.executeUpdate() == 0) {
                    in.setString(1, name);
                    in.setLong(2, values.get(name));
                    in.executeUpdate();
                }
            }
        }
    }

    void committed() {
        dirty.clear();
    }

    /** After a failed commit: forget everything, reload what is committed on next use. */
    void reset() {
        values.clear();
        dirty.clear();
    }

    private static long load(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT counter_value FROM hall_counter WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        return 0;
    }
}
