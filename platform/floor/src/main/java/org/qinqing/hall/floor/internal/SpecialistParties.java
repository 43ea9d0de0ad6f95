package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Rows;
import org.qinqing.hall.store.Tx;

/**
 * The listed parties that have a specialist, with their names and specialists, as one entry of the store's cache of
 * committed rows (region {@code floor.specialist}; the store's coherence rule: {@link Rows}). Every change of every case
 * asks whether its applicant has a specialist, and nearly none has: kept here, the answer costs no query; the registry is
 * changed rarely (by supervisors), and each unit that writes {@code floor_vip} says so ({@link #changed}), which drops the
 * entry here and, through the row feed, on the other nodes.
 */
final class SpecialistParties {
    static final String REGION = "floor.specialist";
    private static final String KEY = "parties";

    /** A listed party's name and specialist. */
    record Listed(String name, String specialist) {
    }

    private final Rows rows;
    private final Region<Map<String, Listed>> region;

    SpecialistParties(Rows rows) {
        this.rows = rows;
        this.region = rows.region(REGION, 1);
    }

    /** @return the party's name and specialist as this unit sees them, or {@code null}: none */
    Listed of(Tx tx, String party) throws SQLException {
        if (!rows.enabled()) {
            return one(tx, party); // nothing is kept: ask of this party alone, not of every listed one
        }
        return region.get(tx, KEY, SpecialistParties::read).get(party);
    }

    private static Listed one(Tx tx, String party) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT name, specialist FROM floor_vip WHERE number = ? AND specialist IS NOT NULL");
        ps.setString(1, party);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Listed(rs.getString(1), rs.getString(2)) : null;
        }
    }

    /** The unit writes {@code floor_vip}: the kept parties are dropped once it commits. */
    void changed(Tx tx) {
        region.changed(tx, KEY);
    }

    private static Map<String, Listed> read(Tx tx) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT number, name, specialist FROM floor_vip WHERE specialist IS NOT NULL");
        Map<String, Listed> out = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new Listed(rs.getString(2), rs.getString(3)));
            }
        }
        return Map.copyOf(out);
    }
}
