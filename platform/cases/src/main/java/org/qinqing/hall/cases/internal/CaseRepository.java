package org.qinqing.hall.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.qinqing.hall.api.CaseMaterial;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.ClockPause;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/** The SQL of cases, their materials, clock pauses and idempotency keys. */
final class CaseRepository {
    /** The columns {@link #row} reads, in its order. */
    static final String COLUMNS = "id, case_number, item_code, item_name, item_version, item_snapshot, department, department_name,"
            + " applicant, applicant_kind, applicant_name, agent, status, channel, window_code, access_code,"
            + " submitted_at, submitted_by, accepted_at, accepted_on, limit_unit, promised_days, legal_days,"
            + " promised_deadline, legal_deadline, calendar_version, origin, visits, max_visits, form_json,"
            + " findings_json, decision_reason, decided_by, decided_at, closed_at, version, yellow_on, sla_rung,"
            + " next_rung_on, paused_since, paused_days, extension_days, decided_on, elapsed_days, closed_on, materials_json";
    /** {@link #COLUMNS} without the item snapshot and the materials, for lists. */
    static final String SUMMARY_COLUMNS = COLUMNS.replace("item_snapshot", "CAST(NULL AS VARCHAR(1)) AS item_snapshot")
            .replace("materials_json", "CAST(NULL AS VARCHAR(1)) AS materials_json");

    /** The columns an action may change; an update writes those that differ (less to log, less to index). */
    private static final List<Column> CHANGEABLE = List.of(
            new Column("status", Types.VARCHAR, r -> r.status.name()),
            new Column("accepted_at", Types.TIMESTAMP, r -> r.acceptedAt),
            new Column("accepted_on", Types.DATE, r -> r.acceptedOn),
            new Column("promised_deadline", Types.DATE, r -> r.promisedDeadline),
            new Column("legal_deadline", Types.DATE, r -> r.legalDeadline),
            new Column("calendar_version", Types.INTEGER, r -> r.calendarVersion),
            new Column("visits", Types.INTEGER, r -> r.visits),
            new Column("form_json", Types.VARCHAR, r -> r.formJson),
            new Column("findings_json", Types.VARCHAR, r -> r.findingsJson),
            new Column("decision_reason", Types.VARCHAR, r -> r.decisionReason),
            new Column("decided_by", Types.VARCHAR, r -> r.decidedBy),
            new Column("decided_at", Types.TIMESTAMP, r -> r.decidedAt),
            new Column("closed_at", Types.TIMESTAMP, r -> r.closedAt),
            new Column("yellow_on", Types.DATE, r -> r.yellowOn),
            new Column("next_rung_on", Types.DATE, r -> r.nextRungOn),
            new Column("paused_since", Types.DATE, r -> r.pausedSince),
            new Column("paused_days", Types.INTEGER, r -> r.pausedDays),
            new Column("extension_days", Types.INTEGER, r -> r.extensionDays),
            new Column("decided_on", Types.DATE, r -> r.decidedOn),
            new Column("elapsed_days", Types.INTEGER, r -> r.elapsedDays),
            new Column("closed_on", Types.DATE, r -> r.closedOn),
            new Column("materials_json", Types.VARCHAR, r -> r.materialsJson));

    private record Column(String name, int sqlType, Function<CaseRow, Object> value) {
    }

    private CaseRepository() {
    }

    static Optional<CaseRow> find(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM hall_case WHERE case_number = ?")) {
            ps.setString(1, caseNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    static Optional<CaseRow> find(Tx tx, String caseNumber) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM hall_case WHERE case_number = ?");
        ps.setString(1, caseNumber);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    /** @return the case's version and the SLA rung it has reached, read in the writer's transaction */
    static int[] versionAndRung(Tx tx, String caseNumber) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT version, sla_rung FROM hall_case WHERE case_number = ?");
        ps.setString(1, caseNumber);
        try (java.sql.ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("case " + caseNumber + " vanished");
            }
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }

    static void insert(Tx tx, CaseRow r) throws SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO hall_case (id, case_number, item_code, item_name, item_version, item_snapshot,"
                + " department, department_name, applicant, applicant_kind, applicant_name, agent, status, channel, window_code,"
                + " access_code, submitted_at, submitted_by, accepted_at, accepted_on, limit_unit, promised_days, legal_days,"
                + " promised_deadline, legal_deadline, calendar_version, visits, max_visits, form_json, findings_json, decision_reason,"
                + " decided_by, decided_at, closed_at, version, yellow_on, sla_rung, next_rung_on, paused_since, paused_days, extension_days,"
                + " decided_on, elapsed_days, closed_on, origin, materials_json)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        int i = 1;
        ps.setLong(i++, r.id);
        ps.setString(i++, r.caseNumber);
        ps.setString(i++, r.itemCode);
        ps.setString(i++, r.itemName);
        ps.setString(i++, r.itemVersion);
        ps.setString(i++, r.itemSnapshot);
        ps.setString(i++, r.department);
        ps.setString(i++, r.departmentName);
        ps.setString(i++, r.applicant);
        ps.setString(i++, r.applicantKind);
        ps.setString(i++, r.applicantName);
        Sql.setString(ps, i++, r.agent);
        ps.setString(i++, r.status.name());
        ps.setString(i++, r.channel);
        Sql.setString(ps, i++, r.window);
        ps.setString(i++, r.accessCode);
        Sql.setInstant(ps, i++, r.submittedAt);
        ps.setString(i++, r.submittedBy);
        Sql.setInstant(ps, i++, r.acceptedAt);
        Sql.setDate(ps, i++, r.acceptedOn);
        ps.setString(i++, r.limitUnit);
        ps.setInt(i++, r.promisedDays);
        ps.setInt(i++, r.legalDays);
        Sql.setDate(ps, i++, r.promisedDeadline);
        Sql.setDate(ps, i++, r.legalDeadline);
        ps.setInt(i++, r.calendarVersion);
        ps.setInt(i++, r.visits);
        ps.setInt(i++, r.maxVisits);
        ps.setString(i++, r.formJson);
        ps.setString(i++, r.findingsJson);
        Sql.setString(ps, i++, r.decisionReason);
        Sql.setString(ps, i++, r.decidedBy);
        Sql.setInstant(ps, i++, r.decidedAt);
        Sql.setInstant(ps, i++, r.closedAt);
        ps.setInt(i++, r.version);
        Sql.setDate(ps, i++, r.yellowOn);
        ps.setInt(i++, r.slaRung);
        Sql.setDate(ps, i++, r.nextRungOn);
        Sql.setDate(ps, i++, r.pausedSince);
        ps.setInt(i++, r.pausedDays);
        ps.setInt(i++, r.extensionDays);
        Sql.setDate(ps, i++, r.decidedOn);
        setInteger(ps, i++, r.elapsedDays);
        Sql.setDate(ps, i++, r.closedOn);
        Sql.setString(ps, i++, r.origin);
        Sql.setString(ps, i, r.materialsJson);
        tx.later(ps);
    }

    private static void setInteger(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    /**
     * Writes what changed from {@code before} to {@code after} if the row is still at
     * {@code before}'s version and SLA rung (the scanner fires rungs without a new version).
     *
     * @param everyColumn write every changeable column, not only those that differ from {@code before}
     * @return whether it was
     */
    static boolean update(Tx tx, CaseRow before, CaseRow after, boolean everyColumn) throws SQLException {
        return updating(tx, before, after, everyColumn).executeUpdate() == 1;
    }

    /**
     * {@link #update} taken for later ({@link Tx#later}): when the row is not at {@code before}'s version and rung, the
     * unit fails with what {@code otherwise} supplies.
     */
    static void updateLater(Tx tx, CaseRow before, CaseRow after, java.util.function.Supplier<? extends RuntimeException> otherwise)
            throws SQLException {
        tx.later(updating(tx, before, after, false), otherwise);
    }

    private static PreparedStatement updating(Tx tx, CaseRow before, CaseRow after, boolean everyColumn) throws SQLException {
        List<Column> changed = new ArrayList<>();
        StringBuilder sql = new StringBuilder("UPDATE hall_case SET version = ?");
        for (Column c : CHANGEABLE) {
            if (everyColumn || !Objects.equals(c.value().apply(before), c.value().apply(after))) {
                changed.add(c);
                sql.append(", ").append(c.name()).append(" = ?");
            }
        }
        PreparedStatement ps = tx.prepare(sql.append(" WHERE id = ? AND version = ? AND sla_rung = ?").toString());
        int i = 1;
        ps.setInt(i++, after.version);
        for (Column c : changed) {
            bind(ps, i++, c.sqlType(), c.value().apply(after));
        }
        ps.setLong(i++, after.id);
        ps.setInt(i++, before.version);
        ps.setInt(i, before.slaRung);
        return ps;
    }

    private static void bind(PreparedStatement ps, int i, int sqlType, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, sqlType);
        } else if (v instanceof String str) {
            ps.setString(i, str);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Instant at) {
            Sql.setInstant(ps, i, at);
        } else {
            Sql.setDate(ps, i, (LocalDate) v);
        }
    }

    /**
     * @param c a connection, used only for a case written before V6 (its materials in case_material)
     * @param r the case
     * @param names a material's name by its code
     * @return the case's materials, by code
     */
    static List<CaseMaterial> materials(Connection c, CaseRow r, Function<String, String> names) throws SQLException {
        return r.materialsJson != null ? MaterialsJson.read(r.materialsJson, names) : oldMaterials(c, r.id, names);
    }

    /** {@link #materials(Connection, CaseRow, Function)}, borrowing a connection only for a case written before V6. */
    static List<CaseMaterial> materials(Database db, CaseRow r, Function<String, String> names) {
        return r.materialsJson != null ? MaterialsJson.read(r.materialsJson, names) : db.read(c -> oldMaterials(c, r.id, names));
    }

    private static List<CaseMaterial> oldMaterials(Connection c, long caseId, Function<String, String> names)
            throws SQLException {
        List<CaseMaterial> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM case_material WHERE case_id = ? ORDER BY code")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long v = rs.getLong("vault_id");
                    Long vaultId = rs.wasNull() ? null : v;
                    out.add(new CaseMaterial(rs.getString("code"), names.apply(rs.getString("code")), vaultId,
                            rs.getString("title"), Sql.date(rs, "valid_until"), rs.getBoolean("from_vault"), rs.getBoolean("presented")));
                }
            }
        }
        return out;
    }

    static void startPause(Tx tx, long caseId, String kind, LocalDate on, String reason, String by) throws SQLException {
        PreparedStatement max = tx.prepare("SELECT COALESCE(MAX(seq), 0) FROM case_pause WHERE case_id = ?");
        max.setLong(1, caseId);
        int seq;
        try (ResultSet rs = max.executeQuery()) {
            rs.next();
            seq = rs.getInt(1) + 1;
        }
        PreparedStatement ps = tx.prepare("INSERT INTO case_pause (case_id, seq, kind, started_at, started_on, working_days, reason, started_by)"
                + " VALUES (?,?,?,?,?,0,?,?)");
        ps.setLong(1, caseId);
        ps.setInt(2, seq);
        ps.setString(3, kind);
        Sql.setInstant(ps, 4, tx.now());
        Sql.setDate(ps, 5, on);
        ps.setString(6, reason);
        ps.setString(7, by);
        tx.later(ps);
    }

    /** @return the day the running pause began, or {@code null} */
    static LocalDate runningPause(Tx tx, long caseId) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT started_on FROM case_pause WHERE case_id = ? AND ended_at IS NULL");
        ps.setLong(1, caseId);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Sql.date(rs, "started_on") : null;
        }
    }

    static void endPause(Tx tx, long caseId, LocalDate on, int workingDays, String by) throws SQLException {
        PreparedStatement ps = tx.prepare("UPDATE case_pause SET ended_at = ?, ended_on = ?, working_days = ?, ended_by = ?"
                + " WHERE case_id = ? AND ended_at IS NULL");
        Sql.setInstant(ps, 1, tx.now());
        Sql.setDate(ps, 2, on);
        ps.setInt(3, workingDays);
        ps.setString(4, by);
        ps.setLong(5, caseId);
        tx.later(ps);
    }

    static List<ClockPause> pauses(Connection c, long caseId) throws SQLException {
        List<ClockPause> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM case_pause WHERE case_id = ? ORDER BY seq")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ClockPause(rs.getString("kind"), Sql.instant(rs, "started_at"), Sql.date(rs, "started_on"),
                            Sql.instant(rs, "ended_at"), Sql.date(rs, "ended_on"), rs.getInt("working_days"), rs.getString("reason"),
                            rs.getString("started_by"), rs.getString("ended_by")));
                }
            }
        }
        return out;
    }

    /** @return the case number a key already produced, with the request hash, or {@code null} */
    static String[] idempotent(Connection c, String principal, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_number, request_hash FROM case_idempotency WHERE principal = ? AND idem_key = ?")) {
            ps.setString(1, principal);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
            }
        }
    }

    static String[] idempotent(Tx tx, String principal, String key) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT case_number, request_hash FROM case_idempotency WHERE principal = ? AND idem_key = ?");
        ps.setString(1, principal);
        ps.setString(2, key);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
        }
    }

    static void remember(Tx tx, String principal, String key, String requestHash, String caseNumber) throws SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO case_idempotency (principal, idem_key, request_hash, case_number, created_at) VALUES (?,?,?,?,?)");
        ps.setString(1, principal);
        ps.setString(2, key);
        ps.setString(3, requestHash);
        ps.setString(4, caseNumber);
        Sql.setInstant(ps, 5, tx.now());
        tx.later(ps);
    }

    /** Reads a row selected with {@link #COLUMNS} or {@link #SUMMARY_COLUMNS}, by position (by name, each column costs a search). */
    static CaseRow row(ResultSet rs) throws SQLException {
        CaseRow r = new CaseRow();
        int i = 1;
        r.id = rs.getLong(i++);
        r.caseNumber = rs.getString(i++);
        r.itemCode = rs.getString(i++);
        r.itemName = rs.getString(i++);
        r.itemVersion = rs.getString(i++);
        r.itemSnapshot = rs.getString(i++);
        r.department = rs.getString(i++);
        r.departmentName = rs.getString(i++);
        r.applicant = rs.getString(i++);
        r.applicantKind = rs.getString(i++);
        r.applicantName = rs.getString(i++);
        r.agent = rs.getString(i++);
        r.status = CaseStatus.valueOf(rs.getString(i++));
        r.channel = rs.getString(i++);
        r.window = rs.getString(i++);
        r.accessCode = rs.getString(i++);
        r.submittedAt = Sql.instant(rs, i++);
        r.submittedBy = rs.getString(i++);
        r.acceptedAt = Sql.instant(rs, i++);
        r.acceptedOn = Sql.date(rs, i++);
        r.limitUnit = rs.getString(i++);
        r.promisedDays = rs.getInt(i++);
        r.legalDays = rs.getInt(i++);
        r.promisedDeadline = Sql.date(rs, i++);
        r.legalDeadline = Sql.date(rs, i++);
        r.calendarVersion = rs.getInt(i++);
        r.origin = rs.getString(i++);
        r.visits = rs.getInt(i++);
        r.maxVisits = rs.getInt(i++);
        r.formJson = rs.getString(i++);
        r.findingsJson = rs.getString(i++);
        r.decisionReason = rs.getString(i++);
        r.decidedBy = rs.getString(i++);
        r.decidedAt = Sql.instant(rs, i++);
        r.closedAt = Sql.instant(rs, i++);
        r.version = rs.getInt(i++);
        r.yellowOn = Sql.date(rs, i++);
        r.slaRung = rs.getInt(i++);
        r.nextRungOn = Sql.date(rs, i++);
        r.pausedSince = Sql.date(rs, i++);
        r.pausedDays = rs.getInt(i++);
        r.extensionDays = rs.getInt(i++);
        r.decidedOn = Sql.date(rs, i++);
        int elapsed = rs.getInt(i++);
        r.elapsedDays = rs.wasNull() ? null : elapsed;
        r.closedOn = Sql.date(rs, i++);
        r.materialsJson = rs.getString(i);
        return r;
    }
}
