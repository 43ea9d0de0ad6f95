package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.cases.CaseEvent;
import org.qinqing.hall.cases.CaseEvents;
import org.qinqing.hall.floor.SpecialistNotice;
import org.qinqing.hall.floor.VipParty;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * Specialists (专员) of the VIP registries: the parties each one follows, and a notice row for every
 * change of a case of such a party, written in the change's own transaction (a case listener), so
 * a specialist on any node sees it and nothing is told twice. Whether a case's applicant has a specialist is answered
 * from {@link SpecialistParties} (no query: nearly every case's has none).
 */
public final class Specialists implements CaseEvents {
    private final Database db;
    private final SpecialistParties parties;

    Specialists(Database db, SpecialistParties parties) {
        this.db = db;
        this.parties = parties;
    }

    @Override
    public void changed(Tx tx, CaseEvent e) throws SQLException {
        String party = e.applicant() != null ? e.applicant() : applicant(tx, e.caseNumber());
        SpecialistParties.Listed listed = party == null ? null : parties.of(tx, party);
        if (listed == null) {
            return;
        }
        PreparedStatement in = tx.prepare("INSERT INTO floor_specialist_notice (specialist, party, party_name, case_number, item, department,"
                + " status_from, status_to, reason, actor, noticed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        in.setString(1, listed.specialist());
        in.setString(2, party);
        in.setString(3, listed.name());
        in.setString(4, e.caseNumber());
        in.setString(5, e.itemCode());
        Sql.setString(in, 6, e.department());
        Sql.setString(in, 7, e.from() == null ? null : e.from().name());
        in.setString(8, e.to().name());
        Sql.setString(in, 9, e.reason() == null ? null : e.reason().substring(0, Math.min(1000, e.reason().length())));
        Sql.setString(in, 10, e.actor());
        Sql.setInstant(in, 11, tx.now());
        in.executeUpdate();
    }

    /** For an event that does not name the applicant (one made with the constructor of cases 2.0). */
    private static String applicant(Tx tx, String caseNumber) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT applicant FROM hall_case WHERE case_number = ?");
        ps.setString(1, caseNumber);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** @param specialist user name @return the listed parties they are specialist of, by name */
    List<VipParty> parties(String specialist) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM floor_vip WHERE specialist = ? ORDER BY name")) {
                ps.setString(1, specialist);
                List<VipParty> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(VipRegistry.row(rs));
                    }
                }
                return out;
            }
        });
    }

    /** @return the specialist's notices, newest first */
    List<SpecialistNotice> notices(String specialist, boolean unreadOnly, int limit) {
        if (limit < 1 || limit > 500) {
            throw HallException.invalid("limit", "limit is 1–500");
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM floor_specialist_notice WHERE specialist = ?"
                    + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY id DESC")) {
                ps.setString(1, specialist);
                ps.setMaxRows(limit);
                List<SpecialistNotice> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SpecialistNotice(rs.getLong("id"), rs.getString("party"), rs.getString("party_name"),
                                rs.getString("case_number"), rs.getString("item"), rs.getString("department"), rs.getString("status_from"),
                                rs.getString("status_to"), rs.getString("reason"), rs.getString("actor"), Sql.instant(rs, "noticed_at"),
                                Sql.instant(rs, "read_at")));
                    }
                }
                return out;
            }
        });
    }

    /** Marks the specialist's notices up to {@code upTo} read; @return how many were unread */
    int markRead(String specialist, long upTo) {
        return db.write(tx -> {
            PreparedStatement ps = tx.prepare("UPDATE floor_specialist_notice SET read_at = ? WHERE specialist = ? AND id <= ? AND read_at IS NULL");
            Sql.setInstant(ps, 1, tx.now());
            ps.setString(2, specialist);
            ps.setLong(3, upTo);
            return ps.executeUpdate();
        });
    }
}
