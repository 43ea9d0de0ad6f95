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

    /**
     * Writes the counters changed in this batch, inside its transaction, to the rows of the
     * writer's connection that runs it (the other one's may be held by the batch being committed).
     */
    void flush(Connection c, int lane) throws SQLException {
        if (dirty.isEmpty()) {
            return;
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE hall_counter SET counter_value = ? WHERE name = ? AND lane = ?");
             PreparedStatement in = c.prepareStatement("INSERT INTO hall_counter (name, lane, counter_value) VALUES (?, ?, ?)")) {
            for (String name : dirty) {
                up.setLong(1, values.get(name));
                up.setString(2, name);
                up.setInt(3, lane);
                if (up.executeUpdate() == 0) {
                    in.setString(1, name);
                    in.setInt(2, lane);
                    in.setLong(3, values.get(name));
                    in.executeUpdate();
                }
            }
        }
        // written in this batch's transaction; if it fails to commit, reset() follows
        dirty.clear();
    }

    /** After a failed batch: forget everything, reload what is committed on next use (waiting for a batch still being committed). */
    void reset() {
        values.clear();
        dirty.clear();
    }

    private static long load(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(counter_value) FROM hall_counter WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1); // MAX is NULL, read as 0, before the counter's first row
            }
        }
    }
}
