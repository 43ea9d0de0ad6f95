package org.qinqing.hall.floor.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.floor.VipParty;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * The VIP registries (绿色通道名录): key enterprises, high-end talent and start-up teams, kept by
 * supervisors. A listed party, or an agent acting for a listed enterprise, is matched.
 */
final class VipRegistry {
    static final List<String> KINDS = List.of("ENTERPRISE", "TALENT", "STARTUP");
    private final Database db;
    private final Checks checks;
    private final SpecialistParties listed;

    /** @param listed the kept parties with a specialist, which every write of the registry drops */
    VipRegistry(Database db, Checks checks, SpecialistParties listed) {
        this.db = db;
        this.checks = checks;
        this.listed = listed;
    }

    Optional<VipParty> match(String applicant, String enterprise) {
        Optional<VipParty> own = find(applicant);
        if (own.isPresent() || enterprise == null) {
            return own;
        }
        Optional<VipParty> firm = find(enterprise);
        return firm.isPresent() && checks.agentOf(enterprise, applicant) ? firm : Optional.empty();
    }

    Optional<VipParty> find(String number) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM floor_vip WHERE number = ?")) {
                ps.setString(1, number);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    List<VipParty> list(String kind) {
        if (kind != null && !KINDS.contains(kind)) {
            throw HallException.invalid("kind", "kind is one of " + KINDS);
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM floor_vip" + (kind == null ? "" : " WHERE kind = ?") + " ORDER BY kind, name")) {
                if (kind != null) {
                    ps.setString(1, kind);
                }
                List<VipParty> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            }
        });
    }

    VipParty put(VipParty p, String actor) {
        VipParty v = valid(p);
        return db.write(tx -> {
            upsert(tx, v, actor);
            listed.changed(tx);
            tx.audit(new AuditRecord("vip", Masking.mask(v.number()), "list", actor, "api", null, null, v.kind(), v.name(), null));
            return new VipParty(v.number(), v.kind(), v.name(), v.category(), v.specialist(), actor, tx.now());
        });
    }

    void remove(String number, String actor) {
        db.write(tx -> {
            PreparedStatement ps = tx.prepare("DELETE FROM floor_vip WHERE number = ?");
            ps.setString(1, number);
            if (ps.executeUpdate() == 0) {
                throw new HallException(HallException.Kind.NOT_FOUND, "unknown_vip", "number", "no listed party " + number);
            }
            listed.changed(tx);
            tx.audit(new AuditRecord("vip", Masking.mask(number), "unlist", actor, "api", null, null, null, null, null));
            return null;
        });
    }

    int importCsv(String kind, Reader csv, String actor) {
        if (!KINDS.contains(kind)) {
            throw HallException.invalid("kind", "kind is one of " + KINDS);
        }
        List<VipParty> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(csv)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String[] f = line.split(",", -1);
                if (line.isBlank() || (n == 1 && f[0].trim().equalsIgnoreCase("number"))) {
                    continue;
                }
                if (f.length < 2) {
                    throw HallException.invalid("csv", "line " + n + ": number,name,category[,specialist] expected");
                }
                try {
                    rows.add(valid(new VipParty(f[0].trim(), kind, f[1].trim(), f.length > 2 ? blank(f[2]) : null, f.length > 3 ? blank(f[3]) : null, null, null)));
                } catch (HallException e) {
                    throw HallException.invalid("csv", "line " + n + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // in batches, so a large registry (3,875 key enterprises) does not hold the writer for long
        for (int i = 0; i < rows.size(); i += 500) {
            List<VipParty> batch = rows.subList(i, Math.min(rows.size(), i + 500));
            db.write(tx -> {
                for (VipParty v : batch) {
                    upsert(tx, v, actor);
                }
                listed.changed(tx);
                return null;
            });
        }
        db.write(tx -> {
            tx.audit(new AuditRecord("vip", kind, "import", actor, "api", null, null, kind, rows.size() + " parties imported", null));
            return null;
        });
        return rows.size();
    }

    private static String blank(String s) {
        return s.isBlank() ? null : s.trim();
    }

    private VipParty valid(VipParty p) {
        if (p == null || p.kind() == null || !KINDS.contains(p.kind())) {
            throw HallException.invalid("kind", "kind is one of " + KINDS);
        }
        if (p.name() == null || p.name().isBlank() || p.name().length() > 200) {
            throw HallException.invalid("name", "name is required (at most 200 characters)");
        }
        String number = checks.party(p.number(), "number");
        if (number == null) {
            throw HallException.invalid("number", "number (credit code or ID number) is required");
        }
        return new VipParty(number, p.kind(), p.name().trim(), p.category(), p.specialist(), p.addedBy(), p.addedAt());
    }

    private static void upsert(Tx tx, VipParty v, String actor) throws SQLException {
        PreparedStatement up = tx.prepare("UPDATE floor_vip SET kind = ?, name = ?, category = ?, specialist = ?, added_by = ?, added_at = ? WHERE number = ?");
        up.setString(1, v.kind());
        up.setString(2, v.name());
        Sql.setString(up, 3, v.category());
        Sql.setString(up, 4, v.specialist());
        up.setString(5, actor);
        Sql.setInstant(up, 6, tx.now());
        up.setString(7, v.number());
        if (up.executeUpdate() == 0) {
            PreparedStatement in = tx.prepare("INSERT INTO floor_vip (number, kind, name, category, specialist, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
            in.setString(1, v.number());
            in.setString(2, v.kind());
            in.setString(3, v.name());
            Sql.setString(in, 4, v.category());
            Sql.setString(in, 5, v.specialist());
            in.setString(6, actor);
            Sql.setInstant(in, 7, tx.now());
            in.executeUpdate();
        }
    }

    static VipParty row(ResultSet rs) throws SQLException {
        return new VipParty(rs.getString("number"), rs.getString("kind"), rs.getString("name"), rs.getString("category"),
                rs.getString("specialist"), rs.getString("added_by"), Sql.instant(rs, "added_at"));
    }
}
