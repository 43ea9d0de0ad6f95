package org.qinqing.hall.parties.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.AgentLink;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.IdentityCheck;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.PartyProfile;
import org.qinqing.hall.api.ProfileVersion;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.api.identity.InvalidNumberException;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.parties.PartyStore;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Tx;

/** Identity checks, versioned profiles, agents and credit-code overrides. */
public final class PartyService implements Parties, PartyStore {
    private final Database db;
    private final HallClock clock;
    private final List<Migration> migrations;
    /**
     * Credit codes that fail their check and were accepted by a supervisor, by code: looked up only
     * for such a code, in the region {@code parties.override} (an override made on another node
     * drops this node's "no" for the code at once).
     */
    private final Region<Boolean> overrides;
    /**
     * Profiles as committed, by number, and numbers known to have none yet (every case action
     * reads its applicant's), in the store's cache of committed rows (region {@code parties.profile},
     * its coherence rule: {@link org.qinqing.hall.store.Rows}). A profile is created and updated
     * only here, in a writer unit, which says so.
     */
    private final Region<Optional<PartyProfile>> profiles;

    /** @param db database @param clock hall clock @param migrations the parties schema */
    public PartyService(Database db, HallClock clock, List<Migration> migrations) {
        this.db = db;
        this.clock = clock;
        this.migrations = migrations;
        this.profiles = db.rows().region("parties.profile", 20_000);
        this.overrides = db.rows().region("parties.override", 10_000);
    }

    /** Applies the schema. */
    public void start() {
        db.migrate("parties", migrations);
    }

    /** @return whether a supervisor accepted the code, which fails its check */
    private boolean overridden(String n) {
        if (n.length() != 18) {
            return false;
        }
        return overrides.get(n, code -> db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM credit_override WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        }));
    }

    @Override
    public IdentityCheck check(String raw) {
        String n = raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
        try {
            PartyNumber p = PartyNumber.parse(n, clock.today());
            String what = p.kind() == PartyType.PERSON
                    ? "有效的居民身份证号码（" + (p.male() ? "男" : "女") + "，出生日期" + p.birthDate() + "）"
                    : "有效的统一社会信用代码";
            return new IdentityCheck(true, kindName(p.kind()), what, p.masked(), false);
        } catch (InvalidNumberException e) {
            if (overridden(n)) {
                return new IdentityCheck(true, "enterprise", "统一社会信用代码校验不通过，已由督查人员核准使用", Masking.mask(n), true);
            }
            return new IdentityCheck(false, guessKind(n), e.getMessage(), n.length() == 18 ? Masking.mask(n) : null, false);
        }
    }

    @Override
    public PartyNumber parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw HallException.invalid(field, "号码不能为空：须为18位居民身份证号码或统一社会信用代码");
        }
        String n = raw.trim().toUpperCase(java.util.Locale.ROOT);
        try {
            return PartyNumber.parse(n, clock.today());
        } catch (InvalidNumberException e) {
            if (overridden(n)) {
                return PartyNumber.overridden(n);
            }
            throw HallException.invalid(field, e.getMessage());
        }
    }

    @Override
    public Optional<PartyProfile> find(String number) {
        return profiles.get(number, n -> db.read(c -> find(c, n)));
    }

    /** The profile changes in this unit: its entry is dropped once the unit commits. */
    private void forget(Tx tx, String number) {
        profiles.changed(tx, number);
    }

    /**
     * The profile is created in this unit: once it commits, the new profile is kept (a new
     * applicant's next action reads no row). "No profile" kept for the number is dropped at once as
     * well: a reader meanwhile reads the row, waits for the insert's lock and sees the new profile
     * (its load is not kept: the commit overlapped it), instead of answering "none" from memory.
     */
    private void created(Tx tx, PartyProfile made) {
        profiles.invalidate(made.number());
        profiles.changed(tx, made.number(), Optional.of(made));
    }

    private static Optional<PartyProfile> find(Connection c, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM party WHERE number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(profile(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public PartyProfile save(String number, int expectedVersion, String name, Map<String, String> fields, Actor actor) {
        PartyNumber p = parse(number, "number");
        Map<String, String> clean = ProfileFields.validate(p.kind(), name, fields, clock.today(), "");
        return db.write(tx -> {
            Optional<PartyProfile> current = find(tx.connection(), p.value());
            int currentVersion = current.map(PartyProfile::version).orElse(0);
            if (currentVersion != expectedVersion) {
                throw HallException.conflict("profile_changed", current.isEmpty()
                        ? "no profile exists for this party yet; create it with version 0"
                        : "the profile is at version " + currentVersion + ", not " + expectedVersion
                                + ": it changed since it was read (by " + current.get().updatedBy() + "); reload and apply the change again");
            }
            if (current.isPresent()) {
                PartyProfile old = current.get();
                PreparedStatement keep = tx.prepare("INSERT INTO party_version (number, version, name, fields, changed_at, changed_by, channel)"
                        + " VALUES (?,?,?,?,?,?,?)");
                keep.setString(1, old.number());
                keep.setInt(2, old.version());
                keep.setString(3, old.name());
                keep.setString(4, Json.write(old.fields()));
                Sql.setInstant(keep, 5, old.updatedAt());
                keep.setString(6, old.updatedBy());
                keep.setString(7, old.channel());
                tx.later(keep);
                PreparedStatement up = tx.prepare("UPDATE party SET name = ?, fields = ?, version = ?, updated_at = ?, updated_by = ?, channel = ? WHERE number = ?");
                up.setString(1, name.trim());
                up.setString(2, Json.write(clean));
                up.setInt(3, currentVersion + 1);
                Sql.setInstant(up, 4, tx.now());
                up.setString(5, actor.auditName());
                up.setString(6, actor.channelName());
                up.setString(7, p.value());
                tx.later(up);
                forget(tx, p.value());
                tx.audit(new AuditRecord("party", Subjects.party(p.value()), "profile-update", actor.auditName(), actor.channelName(),
                        actor.window(), "v" + currentVersion, "v" + (currentVersion + 1), null, changed(old.fields(), clean, old.name(), name)));
            } else {
                insert(tx, p, name.trim(), clean, actor);
            }
            return find(tx.connection(), p.value()).orElseThrow();
        });
    }

    private static String changed(Map<String, String> before, Map<String, String> after, String oldName, String newName) {
        List<String> keys = new ArrayList<>();
        if (!oldName.equals(newName.trim())) {
            keys.add("\"name\"");
        }
        java.util.Set<String> all = new java.util.TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String k : all) {
            if (!java.util.Objects.equals(before.get(k), after.get(k))) {
                keys.add("\"" + k + "\"");
            }
        }
        return "{\"changed\":[" + String.join(",", keys) + "]}";
    }

    @Override
    public PartyProfile ensure(Tx tx, PartyNumber number, String name, Map<String, String> fields, Actor actor) throws SQLException {
        // kept and not changed by a unit not yet applied; else read through this unit (a composite's
        // sub-cases ensure their applicant one after the other in the composite's unit: the second finds the first's insert)
        Optional<PartyProfile> known = profiles.get(tx, number.value(), t -> find(t.connection(), number.value()));
        if (known.isPresent()) {
            return known.get();
        }
        Map<String, String> clean = ProfileFields.validate(number.kind(), name, fields, clock.today(), "profile.");
        return insert(tx, number, name.trim(), clean, actor);
    }

    /** @return the profile as inserted (version 1) */
    private PartyProfile insert(Tx tx, PartyNumber p, String name, Map<String, String> fields, Actor actor) throws SQLException {
        PreparedStatement in = tx.prepare("INSERT INTO party (number, kind, name, fields, version, updated_at, updated_by, channel)"
                + " VALUES (?,?,?,?,1,?,?,?)");
        in.setString(1, p.value());
        in.setString(2, p.kind() == PartyType.PERSON ? "P" : "E");
        in.setString(3, name);
        in.setString(4, Json.write(fields));
        Sql.setInstant(in, 5, tx.now());
        in.setString(6, actor.auditName());
        in.setString(7, actor.channelName());
        tx.later(in);
        PartyProfile made = new PartyProfile(p.value(), p.kind(), name, Collections.unmodifiableMap(new LinkedHashMap<>(fields)), 1,
                tx.now(), actor.auditName(), actor.channelName());
        created(tx, made);
        tx.audit(new AuditRecord("party", Subjects.party(p.value()), "profile-create", actor.auditName(), actor.channelName(),
                actor.window(), null, "v1", null, null));
        return made;
    }

    @Override
    public List<ProfileVersion> history(String number) {
        return db.read(c -> {
            List<ProfileVersion> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM party_version WHERE number = ? ORDER BY version DESC")) {
                ps.setString(1, number);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ProfileVersion(rs.getInt("version"), rs.getString("name"), Json.read(rs.getString("fields")),
                                Sql.instant(rs, "changed_at"), rs.getString("changed_by"), rs.getString("channel")));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public AgentLink addAgent(String enterprise, String agent, String role, Actor actor) {
        PartyNumber e = parse(enterprise, "enterprise");
        PartyNumber a = parse(agent, "agentNumber");
        if (e.kind() != PartyType.ENTERPRISE) {
            throw HallException.invalid("enterprise", "经办人只能代理企业（法人）办理，" + e.masked() + "不是统一社会信用代码");
        }
        if (a.kind() != PartyType.PERSON) {
            throw HallException.invalid("agentNumber", "经办人须为自然人，须填写居民身份证号码");
        }
        String r = role == null || role.isBlank() ? "经办人" : role.trim();
        return db.write(tx -> {
            PreparedStatement ps = tx.prepare("INSERT INTO party_agent (enterprise, agent, agent_role, since, recorded_by) VALUES (?,?,?,?,?)");
            ps.setString(1, e.value());
            ps.setString(2, a.value());
            ps.setString(3, r);
            Sql.setInstant(ps, 4, tx.now());
            ps.setString(5, actor.auditName());
            try {
                ps.executeUpdate();
            } catch (SQLException dup) {
                if ("23505".equals(dup.getSQLState())) {
                    throw HallException.conflict("agent_exists", a.masked() + " already acts for " + e.masked());
                }
                throw dup;
            }
            tx.audit(new AuditRecord("party", Subjects.party(e.value()), "agent-add", actor.auditName(), actor.channelName(),
                    actor.window(), null, null, r, "{\"agent\":\"" + a.masked() + "\"}"));
            return new AgentLink(e.value(), a.value(), r, tx.now(), actor.auditName());
        });
    }

    @Override
    public List<AgentLink> agents(String enterprise) {
        return db.read(c -> {
            List<AgentLink> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM party_agent WHERE enterprise = ? ORDER BY since")) {
                ps.setString(1, enterprise);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AgentLink(rs.getString("enterprise"), rs.getString("agent"), rs.getString("agent_role"),
                                Sql.instant(rs, "since"), rs.getString("recorded_by")));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<AgentLink> actingFor(String person) {
        return db.read(c -> {
            java.util.Map<String, AgentLink> out = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM party_agent WHERE agent = ? ORDER BY since")) {
                ps.setString(1, person);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString("enterprise"), new AgentLink(rs.getString("enterprise"), rs.getString("agent"),
                                rs.getString("agent_role"), Sql.instant(rs, "since"), rs.getString("recorded_by")));
                    }
                }
            }
            // the legal representative is a field of the enterprise's profile (JSON): a scan, but only when someone logs in
            try (PreparedStatement ps = c.prepareStatement("SELECT number, fields, updated_at, updated_by FROM party WHERE kind = 'E' AND fields LIKE ?")) {
                ps.setString(1, "%" + person + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (person.equals(Json.read(rs.getString("fields")).get("legalRepresentativeId"))) {
                            out.putIfAbsent(rs.getString("number"), new AgentLink(rs.getString("number"), person, "法定代表人",
                                    Sql.instant(rs, "updated_at"), rs.getString("updated_by")));
                        }
                    }
                }
            }
            return new ArrayList<>(out.values());
        });
    }

    @Override
    public void overrideCreditCode(String code, String reason, Actor actor) {
        if (!actor.has(Roles.SUPERVISOR)) {
            throw HallException.forbidden("only a supervisor may accept a credit code that fails its check");
        }
        if (reason == null || reason.isBlank()) {
            throw HallException.invalid("reason", "an override needs a reason (e.g. the registration certificate seen)");
        }
        String n = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (n.length() != 18 || !n.chars().allMatch(ch -> CreditCodes.ALPHABET.indexOf(ch) >= 0)) {
            throw HallException.invalid("number", "only an 18-character code in the credit-code alphabet can be overridden");
        }
        try {
            CreditCodes.validate(n);
            throw HallException.invalid("number", "this credit code is valid; it needs no override");
        } catch (InvalidNumberException expected) {
            // a code that fails its check: the override records why it is accepted anyway
        }
        db.write(tx -> {
            PreparedStatement ps = tx.prepare("INSERT INTO credit_override (code, reason, decided_by, decided_at) VALUES (?,?,?,?)");
            ps.setString(1, n);
            ps.setString(2, reason.trim());
            ps.setString(3, actor.auditName());
            Sql.setInstant(ps, 4, tx.now());
            try {
                ps.executeUpdate();
            } catch (SQLException dup) {
                if ("23505".equals(dup.getSQLState())) {
                    throw HallException.conflict("override_exists", "this credit code is already overridden");
                }
                throw dup;
            }
            tx.audit(new AuditRecord("party", Subjects.party(n), "credit-code-override", actor.auditName(), actor.channelName(),
                    actor.window(), null, null, reason.trim(), null));
            overrides.changed(tx, n, Boolean.TRUE);
            return null;
        });
    }

    private static PartyProfile profile(ResultSet rs) throws SQLException {
        return new PartyProfile(rs.getString("number"), "P".equals(rs.getString("kind")) ? PartyType.PERSON : PartyType.ENTERPRISE,
                rs.getString("name"), Json.read(rs.getString("fields")), rs.getInt("version"), Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"), rs.getString("channel"));
    }

    private static String kindName(PartyType t) {
        return t == PartyType.PERSON ? "person" : "enterprise";
    }

    private static String guessKind(String n) {
        return PartyNumber.looksLike(n);
    }
}
