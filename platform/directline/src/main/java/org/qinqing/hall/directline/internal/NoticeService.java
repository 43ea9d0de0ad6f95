package org.qinqing.hall.directline.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.directline.Category;
import org.qinqing.hall.directline.EnterpriseNotice;
import org.qinqing.hall.directline.EnterpriseNotices;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;

/** {@link EnterpriseNotices}: dl_notice, and dl_notice_reach with one row per enterprise reached and its read receipt. */
public final class NoticeService implements EnterpriseNotices {
    private static final Map<String, String> KINDS = Map.of("POLICY", "政策推送", "LEGAL", "法律提示", "RISK", "风险预警", "IP", "知识产权保护");

    private final Database db;
    private final Consumer<List<Notice>> notifiers;
    private NoticeMessages messages;

    public NoticeService(Database db, Consumer<List<Notice>> notifiers) {
        this.db = db;
        this.notifiers = notifiers;
    }

    /** @param messages tells each enterprise a notice reaches (none: only the hall's notifiers hear of it) */
    public void setMessages(NoticeMessages messages) {
        this.messages = messages;
    }

    @Override
    public EnterpriseNotice publish(String kind, String title, String body, List<String> categories, List<String> industries, Actor actor) {
        if (!(actor.has(Roles.APPROVER) || actor.has(Roles.SUPERVISOR) || actor.has(Roles.ADMIN))) {
            throw HallException.forbidden("approvers, supervisors and admins publish notices to enterprises");
        }
        String k = kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT);
        if (!KINDS.containsKey(k)) {
            throw HallException.invalid("kind", "kind is one of " + new java.util.TreeSet<>(KINDS.keySet()));
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw HallException.invalid("title", "a title of 1 to 200 characters");
        }
        if (body == null || body.isBlank() || body.length() > 8000) {
            throw HallException.invalid("body", "a text of 1 to 8,000 characters");
        }
        List<String> cats = new ArrayList<>();
        for (String c : categories == null ? List.<String>of() : categories) {
            Category cat = Category.parse(c);
            if (cat == null) {
                throw HallException.invalid("categories", "unknown category '" + c + "'");
            }
            cats.add(cat.name());
        }
        List<String> inds = industries == null ? List.of() : industries.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (String.join(";", inds).length() > 380) {
            throw HallException.invalid("industries", "at most 380 characters of industries together");
        }
        String dept = actor.roles().stream().filter(r -> r.startsWith(Roles.DEPARTMENT_PREFIX)).map(r -> r.substring(Roles.DEPARTMENT_PREFIX.length()))
                .findFirst().orElse("hall");
        List<Notice> summary = new ArrayList<>();
        List<String> reached = new ArrayList<>();
        long id = db.write(tx -> {
            long nid = tx.next("enterprise-notice");
            PreparedStatement ps = tx.prepare("INSERT INTO dl_notice (id, kind, title, body, categories, industries, department, published_by,"
                    + " published_at) VALUES (?,?,?,?,?,?,?,?,?)");
            ps.setLong(1, nid);
            ps.setString(2, k);
            ps.setString(3, title.trim());
            ps.setString(4, body);
            ps.setString(5, String.join(";", cats));
            ps.setString(6, String.join(";", inds));
            ps.setString(7, dept);
            ps.setString(8, actor.auditName());
            Sql.setInstant(ps, 9, tx.now());
            ps.executeUpdate();
            // who it reaches is fixed when it is published: an enterprise registered later did not receive it
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            if (!cats.isEmpty()) {
                where.append(" AND (").append(String.join(" OR ", java.util.Collections.nCopies(cats.size(), "categories LIKE ?"))).append(")");
            }
            if (!inds.isEmpty()) {
                where.append(" AND industry IN (").append(String.join(",", java.util.Collections.nCopies(inds.size(), "?"))).append(")");
            }
            PreparedStatement reach = tx.connection().prepareStatement("INSERT INTO dl_notice_reach (notice_id, enterprise)"
                    + " SELECT " + nid + ", credit_code FROM dl_enterprise" + where);
            try (reach) {
                int i = 1;
                for (String c : cats) {
                    reach.setString(i++, "%;" + c + ";%");
                }
                for (String ind : inds) {
                    reach.setString(i++, ind);
                }
                int n = reach.executeUpdate();
                summary.add(new Notice(nid, "NOTICE-" + nid, dept, "NOTICE", "ENTERPRISES",
                        KINDS.get(k) + "：" + title.trim() + "（送达 " + n + " 家企业）", tx.now()));
            }
            PreparedStatement who = tx.prepare("SELECT enterprise FROM dl_notice_reach WHERE notice_id = ?");
            who.setLong(1, nid);
            try (java.sql.ResultSet rs = who.executeQuery()) {
                while (rs.next()) {
                    reached.add(rs.getString(1));
                }
            }
            tx.audit(new AuditRecord("enterprise-notice", "NOTICE-" + nid, "publish", actor.auditName(), actor.channelName(), null, null, null,
                    title.trim(), null));
            return nid;
        });
        notifiers.accept(summary);
        if (messages != null) {
            messages.send("NOTICE-" + id, "【沁清政务】" + KINDS.get(k) + "：" + title.trim() + "。请登录网上大厅「企业诉求」查看全文。", reached);
        }
        return get(id);
    }

    private static final String SELECT = "SELECT n.*, (SELECT COUNT(*) FROM dl_notice_reach r WHERE r.notice_id = n.id) AS reached,"
            + " (SELECT COUNT(*) FROM dl_notice_reach r WHERE r.notice_id = n.id AND r.read_at IS NOT NULL) AS readers FROM dl_notice n";

    private EnterpriseNotice get(long id) {
        List<EnterpriseNotice> l = query(SELECT + " WHERE n.id = ?", id, null);
        if (l.isEmpty()) {
            throw HallException.notFound("unknown_notice", "no notice " + id);
        }
        return l.get(0);
    }

    @Override
    public List<EnterpriseNotice> list(int limit) {
        return query(SELECT + " ORDER BY n.id DESC FETCH FIRST " + Math.max(1, Math.min(500, limit)) + " ROWS ONLY", null, null);
    }

    @Override
    public List<EnterpriseNotice> forEnterprise(String enterprise) {
        return query(SELECT + " WHERE n.id IN (SELECT notice_id FROM dl_notice_reach WHERE enterprise = ?) ORDER BY n.id DESC", null, enterprise);
    }

    @Override
    public java.util.Set<Long> readBy(String enterprise) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT notice_id FROM dl_notice_reach WHERE enterprise = ? AND read_at IS NOT NULL")) {
                ps.setString(1, enterprise);
                java.util.Set<Long> out = new java.util.HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public EnterpriseNotice read(long id, String enterprise) {
        db.write(tx -> {
            PreparedStatement ps = tx.prepare("UPDATE dl_notice_reach SET read_at = ? WHERE notice_id = ? AND enterprise = ? AND read_at IS NULL");
            Sql.setInstant(ps, 1, tx.now());
            ps.setLong(2, id);
            ps.setString(3, enterprise);
            if (ps.executeUpdate() == 0) {
                PreparedStatement q = tx.prepare("SELECT 1 FROM dl_notice_reach WHERE notice_id = ? AND enterprise = ?");
                q.setLong(1, id);
                q.setString(2, enterprise);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw HallException.notFound("unknown_notice", "no notice " + id + " for this enterprise");
                    }
                }
            }
            return null;
        });
        return get(id);
    }

    private List<EnterpriseNotice> query(String sql, Long id, String enterprise) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (id != null) {
                    ps.setLong(1, id);
                }
                if (enterprise != null) {
                    ps.setString(1, enterprise);
                }
                List<EnterpriseNotice> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(of(rs));
                    }
                }
                return out;
            }
        });
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split(";"));
    }

    private static EnterpriseNotice of(ResultSet rs) throws SQLException {
        return new EnterpriseNotice(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("body"), split(rs.getString("categories")),
                split(rs.getString("industries")), rs.getString("published_by"), Sql.instant(rs, "published_at"), rs.getInt("reached"),
                rs.getInt("readers"));
    }

    static Set<String> kinds() {
        return KINDS.keySet();
    }
}
