package org.qinqing.hall.directline.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.directline.Achievement;
import org.qinqing.hall.directline.Achievements;
import org.qinqing.hall.directline.Enterprise;
import org.qinqing.hall.directline.Enterprises;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;

/** {@link Achievements} on dl_achievement. */
public final class AchievementService implements Achievements {
    private final Database db;
    private final Enterprises enterprises;
    private final BiPredicate<String, String> agents;

    public AchievementService(Database db, Enterprises enterprises, BiPredicate<String, String> agents) {
        this.db = db;
        this.enterprises = enterprises;
        this.agents = agents;
    }

    @Override
    public Achievement submit(String enterprise, String title, String text, Actor agent) {
        Enterprise e = enterprises.get(enterprise).filter(x -> agent.kind() != Actor.Kind.APPLICANT || agents.test(x.creditCode(), agent.id()))
                .orElseThrow(() -> new HallException(HallException.Kind.NOT_FOUND, "unknown_enterprise", "enterpriseNumber",
                        "no enterprise " + enterprise + " you act for as its registered agent"));
        if (title == null || title.isBlank() || title.length() > 200) {
            throw HallException.invalid("title", "a title of 1 to 200 characters");
        }
        if (text == null || text.isBlank() || text.length() > DemandService.MAX_TEXT) {
            throw HallException.invalid("text", "a text of 1 to 4,000 characters");
        }
        long id = db.write(tx -> {
            long n = tx.next("achievement");
            PreparedStatement ps = tx.prepare("INSERT INTO dl_achievement (id, enterprise, title, text, status, submitted_at) VALUES (?,?,?,?,'SUBMITTED',?)");
            ps.setLong(1, n);
            ps.setString(2, e.creditCode());
            ps.setString(3, title.trim());
            ps.setString(4, text);
            Sql.setInstant(ps, 5, tx.now());
            ps.executeUpdate();
            tx.audit(new AuditRecord("achievement", "ACH-" + n, "submit", agent.auditName(), agent.channelName(), null, null, "SUBMITTED", null, null));
            return n;
        });
        return get(id);
    }

    @Override
    public Achievement check(long id, boolean publish, Actor staff) {
        Achievement a = get(id);
        String liaison = enterprises.get(a.enterprise()).map(Enterprise::liaisonDepartment).orElse("");
        if (!staff.has(Roles.SUPERVISOR) && !staff.approverFor(liaison)) {
            throw HallException.forbidden("an approver of the enterprise's liaison department (" + liaison + ") or a supervisor checks its posts");
        }
        String to = publish ? "PUBLISHED" : "REFUSED";
        db.write(tx -> {
            PreparedStatement ps = tx.prepare("UPDATE dl_achievement SET status = ?, checked_by = ?, checked_at = ? WHERE id = ? AND status = 'SUBMITTED'");
            ps.setString(1, to);
            ps.setString(2, staff.auditName());
            Sql.setInstant(ps, 3, tx.now());
            ps.setLong(4, id);
            if (ps.executeUpdate() != 1) {
                throw HallException.conflict("already_checked", "post " + id + " has been checked already");
            }
            tx.audit(new AuditRecord("achievement", "ACH-" + id, publish ? "publish" : "refuse", staff.auditName(), staff.channelName(), null,
                    "SUBMITTED", to, null, null));
            return null;
        });
        return get(id);
    }

    private Achievement get(long id) {
        List<Achievement> l = query(" WHERE a.id = ?", id, null);
        if (l.isEmpty()) {
            throw HallException.notFound("unknown_achievement", "no achievement post " + id);
        }
        return l.get(0);
    }

    @Override
    public List<Achievement> list(String status) {
        return query(status == null ? " ORDER BY a.id DESC FETCH FIRST 200 ROWS ONLY" : " WHERE a.status = ? ORDER BY a.id DESC FETCH FIRST 200 ROWS ONLY",
                null, status);
    }

    private List<Achievement> query(String where, Long id, String status) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.*, e.name FROM dl_achievement a LEFT JOIN dl_enterprise e ON e.credit_code = a.enterprise"
                    + where)) {
                if (id != null) {
                    ps.setLong(1, id);
                } else if (status != null) {
                    ps.setString(1, status);
                }
                List<Achievement> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Achievement(rs.getLong("id"), rs.getString("enterprise"), rs.getString("name"), rs.getString("title"),
                                rs.getString("text"), rs.getString("status"), Sql.instant(rs, "submitted_at"), rs.getString("checked_by")));
                    }
                }
                return out;
            }
        });
    }
}
