package org.qinqing.hall.directline.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.directline.Demand;
import org.qinqing.hall.directline.DemandCategory;
import org.qinqing.hall.directline.DemandRequest;
import org.qinqing.hall.directline.Demands;
import org.qinqing.hall.directline.Enterprise;
import org.qinqing.hall.directline.Enterprises;
import org.qinqing.hall.sla.ScanParticipant;
import org.qinqing.hall.sla.SlaRecords;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;

/** {@link Demands} on dl_demand, and their escalation as a {@link ScanParticipant} of the SLA scanner. */
public final class DemandService implements Demands, ScanParticipant {
    /** Demand numbers: ZT (直通) + date + sequence. */
    static final String PREFIX = "ZT";
    static final int MAX_TEXT = 4000;
    private static final Set<String> KINDS = Set.of("DEMAND", "SUGGESTION", "PROBLEM", "POLICY", "IP");
    private static final Set<String> OPEN = Set.of("SUBMITTED", "ASSIGNED", "IN_PROGRESS");
    /** The escalation ladder: rung n (1-based) tells RUNGS[n-1]. */
    private static final String[][] RUNGS = {{"OFFICER", "承办人"}, {"DEPT_HEAD", "部门负责人"}, {"LEADER", "挂点领导"}, {"DISTRICT", "区长"}};
    private static final int REOPEN_DAYS = 5;

    private final Database db;
    private final WorkingCalendar calendar;
    private final HallClock clock;
    private final Enterprises enterprises;
    private final Predicate<String> departments;
    private final BiPredicate<String, String> agents;
    private final SlaRecords records;

    public DemandService(Database db, WorkingCalendar calendar, HallClock clock, Enterprises enterprises, Predicate<String> departments,
            BiPredicate<String, String> agents, SlaRecords records) {
        this.db = db;
        this.calendar = calendar;
        this.clock = clock;
        this.enterprises = enterprises;
        this.departments = departments;
        this.agents = agents;
        this.records = records;
    }

    @Override
    public Demand submit(DemandRequest in, Actor actor) {
        if (in == null) {
            throw HallException.invalid(null, "send the demand as JSON");
        }
        if (in.enterpriseNumber() == null || in.enterpriseNumber().isBlank()) {
            throw HallException.invalid("enterpriseNumber", "give the enterprise's credit code");
        }
        Enterprise e = enterprises.get(in.enterpriseNumber())
                .orElseThrow(() -> HallException.invalid("enterpriseNumber", "the enterprise is not in the registry of the direct line"));
        if (actor.kind() == Actor.Kind.APPLICANT && !agents.test(e.creditCode(), actor.id())) {
            // as the online hall answers for someone else's enterprise: 404, no existence oracle
            throw new HallException(HallException.Kind.NOT_FOUND, "unknown_enterprise", "enterpriseNumber",
                    "no enterprise " + e.creditCode() + " you act for as its registered agent (经办人)");
        }
        if (actor.kind() == Actor.Kind.STAFF && !actor.has(Roles.CLERK) && !actor.has(Roles.ADMIN)) {
            throw HallException.forbidden("staff enter a demand for an enterprise as a clerk");
        }
        if (in.text() == null || in.text().isBlank()) {
            throw HallException.invalid("text", "write the demand (up to 4,000 characters)");
        }
        if (in.text().length() > MAX_TEXT) {
            throw HallException.invalid("text", "the demand is " + in.text().length() + " characters; at most 4,000");
        }
        String kind = in.kind() == null ? "DEMAND" : in.kind().trim().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw HallException.invalid("kind", "kind is one of " + KINDS);
        }
        DemandCategory cat = category(in.category()).orElseThrow(() -> HallException.invalid("category",
                "unknown category '" + in.category() + "'; the categories are listed at GET /api/v1/demands/categories"));
        String to = in.to() == null || in.to().isBlank() ? null : in.to().trim();
        if (to != null && !to.equals(DISTRICT_HEAD) && !to.equals(LEADER) && !departments.test(to)) {
            throw HallException.invalid("to", "unknown department '" + to + "'; give a department code, leader or district-head");
        }
        // addressed to the district head, it is still handled by the category's department, watched from the top;
        // addressed to the enterprise's leader in charge, by the enterprise's liaison department
        String department = to == null || to.equals(DISTRICT_HEAD) ? cat.department()
                : to.equals(LEADER) ? (e.liaisonDepartment() == null ? cat.department() : e.liaisonDepartment()) : to;
        String addressed = to == null ? cat.department() : to;
        String number = db.write(tx -> {
            LocalDate today = LocalDate.ofInstant(tx.now(), HallClock.ZONE);
            LocalDate responseDue = calendar.deadline(today, cat.responseDays(), LimitUnit.WORKING_DAYS);
            LocalDate answerDue = calendar.deadline(today, cat.answerDays(), LimitUnit.WORKING_DAYS);
            long id = tx.next("demand");
            String n = PREFIX + today.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%06d", id % 1_000_000);
            PreparedStatement ps = tx.prepare("INSERT INTO dl_demand (id, demand_number, enterprise, key_enterprise, kind, category, text,"
                    + " addressed_to, department, status, submitted_by, submitted_at, submitted_on, response_due, answer_due, rung, next_rung_on,"
                    + " reopens, version) VALUES (?,?,?,?,?,?,?,?,?,'SUBMITTED',?,?,?,?,?,0,?,0,1)");
            ps.setLong(1, id);
            ps.setString(2, n);
            ps.setString(3, e.creditCode());
            ps.setInt(4, e.key() ? 1 : 0);
            ps.setString(5, kind);
            ps.setString(6, cat.code());
            ps.setString(7, in.text());
            ps.setString(8, addressed);
            ps.setString(9, department);
            ps.setString(10, actor.auditName());
            Sql.setInstant(ps, 11, tx.now());
            Sql.setDate(ps, 12, today);
            Sql.setDate(ps, 13, responseDue);
            Sql.setDate(ps, 14, answerDue);
            Sql.setDate(ps, 15, responseDue.plusDays(1));
            ps.executeUpdate();
            tx.creates(n);
            tx.audit(new AuditRecord("demand", n, "submit", actor.auditName(), actor.channelName(), null, null, "SUBMITTED", null,
                    "{\"department\":\"" + department + "\",\"addressedTo\":\"" + addressed + "\"}"));
            return n;
        });
        return load(number);
    }

    Optional<DemandCategory> category(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return categories().stream().filter(c -> c.code().equals(code.trim())).findFirst();
    }

    @Override
    public List<DemandCategory> categories() {
        return db.read(c -> {
            List<DemandCategory> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM dl_demand_category ORDER BY code"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DemandCategory(rs.getString("code"), rs.getString("name"), rs.getString("department"),
                            rs.getInt("response_days"), rs.getInt("answer_days")));
                }
            }
            return out;
        });
    }

    @Override
    public DemandCategory putCategory(DemandCategory c, Actor actor) {
        if (!actor.has(Roles.ADMIN)) {
            throw HallException.forbidden("only an admin keeps the routing table");
        }
        if (c == null || c.code() == null || !c.code().matches("[a-z][a-z0-9-]{0,19}")) {
            throw HallException.invalid("code", "a code of lower-case letters, digits and '-', at most 20");
        }
        if (c.name() == null || c.name().isBlank() || c.name().length() > 60) {
            throw HallException.invalid("name", "a name of 1 to 60 characters");
        }
        if (!departments.test(c.department())) {
            throw HallException.invalid("department", "unknown department '" + c.department() + "'");
        }
        if (c.responseDays() < 1 || c.responseDays() > 30 || c.answerDays() < c.responseDays() || c.answerDays() > 60) {
            throw HallException.invalid("answerDays", "responseDays 1..30, answerDays from responseDays to 60 (working days)");
        }
        db.write(tx -> {
            PreparedStatement up = tx.prepare("UPDATE dl_demand_category SET name = ?, department = ?, response_days = ?, answer_days = ? WHERE code = ?");
            up.setString(1, c.name());
            up.setString(2, c.department());
            up.setInt(3, c.responseDays());
            up.setInt(4, c.answerDays());
            up.setString(5, c.code());
            if (up.executeUpdate() == 0) {
                PreparedStatement in = tx.prepare("INSERT INTO dl_demand_category (name, department, response_days, answer_days, code) VALUES (?,?,?,?,?)");
                in.setString(1, c.name());
                in.setString(2, c.department());
                in.setInt(3, c.responseDays());
                in.setInt(4, c.answerDays());
                in.setString(5, c.code());
                in.executeUpdate();
            }
            tx.audit(new AuditRecord("demand-category", c.code(), "put", actor.auditName(), actor.channelName(), null, null, null, null,
                    "{\"department\":\"" + c.department() + "\",\"responseDays\":" + c.responseDays() + ",\"answerDays\":" + c.answerDays() + "}"));
            return null;
        });
        return c;
    }

    @Override
    public Demand get(String number, Actor actor) {
        Demand d = find(number).orElseThrow(() -> HallException.notFound("unknown_demand", "no demand " + number));
        if (!maySee(d, actor)) {
            // another enterprise's or another department's demand: the same answer as none
            throw HallException.notFound("unknown_demand", "no demand " + number);
        }
        return d;
    }

    private boolean maySee(Demand d, Actor a) {
        return switch (a.kind()) {
            case APPLICANT -> agents.test(d.enterprise(), a.id());
            case STAFF -> a.has(Roles.SUPERVISOR) || a.has(Roles.ADMIN) || a.has(Roles.department(d.department()));
            case SYSTEM -> true;
        };
    }

    @Override
    public List<Demand> ofEnterprise(String enterprise, Actor actor) {
        if (actor.kind() == Actor.Kind.APPLICANT && !agents.test(enterprise, actor.id())) {
            throw HallException.notFound("unknown_enterprise", "no enterprise " + enterprise + " you act for");
        }
        return query(" WHERE enterprise = ? ORDER BY id DESC FETCH FIRST 500 ROWS ONLY", enterprise);
    }

    @Override
    public List<Demand> list(String status, Actor actor) {
        if (actor.kind() != Actor.Kind.STAFF) {
            throw HallException.forbidden("staff only");
        }
        List<Demand> all = status == null ? query(" ORDER BY id DESC FETCH FIRST 2000 ROWS ONLY")
                : query(" WHERE status = ? ORDER BY id DESC FETCH FIRST 2000 ROWS ONLY", status);
        return all.stream().filter(d -> maySee(d, actor)).limit(500).toList();
    }

    private List<Demand> query(String where, String... params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM dl_demand" + where)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                List<Demand> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(of(rs));
                    }
                }
                return out;
            }
        });
    }

    private Optional<Demand> find(String number) {
        if (number == null) {
            return Optional.empty();
        }
        return query(" WHERE demand_number = ?", number).stream().findFirst();
    }

    private Demand load(String number) {
        return find(number).orElseThrow();
    }

    @Override
    public Demand act(String number, String action, String text, String department, Actor actor) {
        Demand d = get(number, actor);
        if (actor.kind() != Actor.Kind.STAFF || !(actor.has(Roles.department(d.department())) || actor.has(Roles.SUPERVISOR))) {
            throw HallException.forbidden("only staff of department " + d.department() + " act on its demands");
        }
        String a = action == null ? "" : action.trim().toLowerCase(Locale.ROOT);
        String t = text == null ? null : text.trim();
        switch (a) {
            case "assign" -> {
                require(t, "officer", 64);
                change(d, Set.of("SUBMITTED", "ASSIGNED"), "ASSIGNED", actor, a, t, "officer", t);
            }
            case "start" -> change(d, Set.of("SUBMITTED", "ASSIGNED"), "IN_PROGRESS", actor, a, null, null, null);
            case "answer" -> {
                require(t, "text", MAX_TEXT);
                change(d, OPEN, "ANSWERED", actor, a, t, null, null);
            }
            case "reassign" -> {
                require(t, "reason", 1000);
                if (!departments.test(department)) {
                    throw HallException.invalid("department", "unknown department '" + department + "'");
                }
                change(d, OPEN, "SUBMITTED", actor, a, t, "department", department);
            }
            case "reject" -> {
                require(t, "reason", 1000);
                change(d, OPEN, "REJECTED", actor, a, t, null, null);
            }
            case "close" -> change(d, Set.of("ANSWERED"), "CLOSED", actor, a, null, null, null);
            default -> throw HallException.invalid("action", "action is one of assign, start, answer, reassign, reject, close");
        }
        return load(number);
    }

    private static void require(String t, String field, int max) {
        if (t == null || t.isEmpty()) {
            throw HallException.invalid(field, field + " is required");
        }
        if (t.length() > max) {
            throw HallException.invalid(field, field + " is at most " + max + " characters");
        }
    }

    private void change(Demand d, Set<String> from, String to, Actor actor, String action, String text, String column, String value) {
        if (!from.contains(d.status())) {
            throw HallException.conflict("illegal_transition", "demand " + d.demandNumber() + " is " + d.status() + ": cannot " + action);
        }
        db.write(tx -> {
            LocalDate today = LocalDate.ofInstant(tx.now(), HallClock.ZONE);
            StringBuilder set = new StringBuilder("status = ?, version = version + 1");
            if (column != null) {
                // reassigning hands the demand to the new department's officers
                set.append(", ").append(column).append(" = ?").append(column.equals("department") ? ", officer = NULL" : "");
            }
            boolean firstResponse = d.status().equals("SUBMITTED") && (to.equals("ASSIGNED") || to.equals("IN_PROGRESS") || to.equals("ANSWERED"));
            LocalDate nextRung = d.rung() >= RUNGS.length ? null : d.answerDue().plusDays(1);
            boolean late = false;
            switch (to) {
                case "ANSWERED" -> {
                    late = today.isAfter(d.answerDue());
                    set.append(", answer = ?, answered_on = ?, answered_late = ").append(late ? 1 : 0).append(", next_rung_on = NULL");
                }
                case "REJECTED", "CLOSED" -> set.append(", reason = ?, closed_on = ?, next_rung_on = NULL");
                case "SUBMITTED" -> set.append(", reason = ?");
                default -> {
                    if (firstResponse) {
                        set.append(", responded_on = ?, next_rung_on = ?");
                    }
                }
            }
            PreparedStatement ps = tx.prepare("UPDATE dl_demand SET " + set + " WHERE demand_number = ? AND status = ?");
            int i = 1;
            ps.setString(i++, to);
            if (column != null) {
                ps.setString(i++, value);
            }
            switch (to) {
                case "ANSWERED" -> {
                    ps.setString(i++, text);
                    Sql.setDate(ps, i++, today);
                }
                case "REJECTED", "CLOSED" -> {
                    Sql.setString(ps, i++, text);
                    Sql.setDate(ps, i++, today);
                }
                case "SUBMITTED" -> ps.setString(i++, text);
                default -> {
                    if (firstResponse) {
                        Sql.setDate(ps, i++, today);
                        Sql.setDate(ps, i++, nextRung);
                    }
                }
            }
            ps.setString(i++, d.demandNumber());
            ps.setString(i, d.status());
            if (ps.executeUpdate() != 1) {
                throw HallException.conflict("concurrent_change", "demand " + d.demandNumber() + " changed meanwhile; reload it");
            }
            tx.audit(new AuditRecord("demand", d.demandNumber(), action, actor.auditName(), actor.channelName(), null, d.status(), to,
                    action.equals("answer") ? null : text, null));
            if (late) {
                // 问责: an answer past its deadline, like a case past its legal deadline
                records.openAccountability(tx, d.demandNumber(), d.department(), "企业诉求（" + d.category() + "）答复超期");
            }
            return null;
        });
    }

    @Override
    public Demand reopen(String number, String reason, Actor actor) {
        Demand d = get(number, actor);
        if (actor.kind() == Actor.Kind.STAFF) {
            throw HallException.forbidden("the enterprise reopens its demand");
        }
        require(reason == null ? null : reason.trim(), "reason", 1000);
        if (!d.status().equals("ANSWERED")) {
            throw HallException.conflict("not_answered", "only an answered demand is reopened");
        }
        LocalDate today = clock.today();
        if (calendar.workingDaysBetween(d.answeredOn(), today) > REOPEN_DAYS) {
            throw HallException.conflict("reopen_expired", "a demand is reopened within " + REOPEN_DAYS + " working days of its answer ("
                    + d.answeredOn() + ")");
        }
        DemandCategory cat = category(d.category()).orElseThrow();
        db.write(tx -> {
            LocalDate answerDue = calendar.deadline(today, cat.answerDays(), LimitUnit.WORKING_DAYS);
            PreparedStatement ps = tx.prepare("UPDATE dl_demand SET status = 'IN_PROGRESS', reopens = reopens + 1, reason = ?, answer_due = ?,"
                    + " next_rung_on = ?, answered_late = NULL, version = version + 1 WHERE demand_number = ? AND status = 'ANSWERED'");
            ps.setString(1, reason.trim());
            Sql.setDate(ps, 2, answerDue);
            Sql.setDate(ps, 3, d.rung() >= RUNGS.length ? null : answerDue.plusDays(1));
            ps.setString(4, number);
            if (ps.executeUpdate() != 1) {
                throw HallException.conflict("concurrent_change", "demand " + number + " changed meanwhile; reload it");
            }
            tx.audit(new AuditRecord("demand", number, "reopen", actor.auditName(), actor.channelName(), null, "ANSWERED", "IN_PROGRESS",
                    reason.trim(), null));
            return null;
        });
        return load(number);
    }

    @Override
    public String name() {
        return "demands";
    }

    @Override
    public int escalate() {
        List<Notice> out = new ArrayList<>();
        scan(clock.today(), out::add);
        return out.size();
    }

    /**
     * Fires the next rung of every open demand whose {@code next_rung_on} has come: an indexed read of the due ones
     * only, then their updates in writes of 500, so 100,000 open demands cost what the due ones cost.
     */
    @Override
    public int scan(LocalDate today, Consumer<Notice> notices) {
        List<Object[]> due = db.read(c -> {
            List<Object[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT demand_number, department, rung, enterprise, key_enterprise, response_due,"
                    + " answer_due, responded_on FROM dl_demand WHERE next_rung_on <= ?")) {
                Sql.setDate(ps, 1, today);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5) == 1,
                                Sql.date(rs, 6), Sql.date(rs, 7), Sql.date(rs, 8)});
                    }
                }
            }
            return out;
        });
        if (due.isEmpty()) {
            return 0;
        }
        LocalDate nextDay = calendar.deadline(today, 1, LimitUnit.WORKING_DAYS);
        int fired = 0;
        for (int from = 0; from < due.size(); from += 500) {
            List<Object[]> chunk = due.subList(from, Math.min(due.size(), from + 500));
            List<Notice> sent = db.write(tx -> {
                List<Notice> n = new ArrayList<>();
                for (Object[] d : chunk) {
                    int rung = (int) d[2] + 1;
                    PreparedStatement ps = tx.prepare("UPDATE dl_demand SET rung = ?, next_rung_on = ? WHERE demand_number = ? AND rung = ?"
                            + " AND next_rung_on <= ?");
                    ps.setInt(1, rung);
                    Sql.setDate(ps, 2, rung >= RUNGS.length ? null : nextDay);
                    ps.setString(3, (String) d[0]);
                    ps.setInt(4, rung - 1);
                    Sql.setDate(ps, 5, today);
                    if (ps.executeUpdate() != 1) {
                        continue;
                    }
                    boolean response = d[7] == null;
                    String message = String.format("企业诉求 %s%s %s期限 %s 已过，升级至%s督办（承办部门 %s）", d[0], (boolean) d[4] ? "（重点企业）" : "",
                            response ? "首次响应" : "答复", response ? d[5] : d[6], RUNGS[rung - 1][1], d[1]);
                    tx.audit(new AuditRecord("demand", (String) d[0], "escalate-" + RUNGS[rung - 1][0].toLowerCase(Locale.ROOT), "system:sla-scanner",
                            "system", null, null, null, message, null));
                    n.add(records.warn(tx, (String) d[0], (String) d[1], RUNGS[rung - 1][0], RUNGS[rung - 1][0], message));
                }
                return n;
            });
            sent.forEach(notices);
            fired += sent.size();
        }
        return fired;
    }

    private static Demand of(ResultSet rs) throws SQLException {
        return new Demand(rs.getString("demand_number"), rs.getString("enterprise"), rs.getInt("key_enterprise") == 1, rs.getString("kind"),
                rs.getString("category"), rs.getString("text"), rs.getString("addressed_to"), rs.getString("department"), rs.getString("officer"),
                rs.getString("status"), Sql.instant(rs, "submitted_at"), Sql.date(rs, "response_due"), Sql.date(rs, "answer_due"),
                rs.getInt("rung"), rs.getString("answer"), Sql.date(rs, "answered_on"), rs.getInt("answered_late") == 1, rs.getString("reason"));
    }
}
