package org.qinqing.hall.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qinqing.hall.api.CaseMaterial;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.ClockPause;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/** The SQL of cases, their materials, clock pauses and idempotency keys. */
final class CaseRepository {
    private static final String UPDATE = "UPDATE hall_case SET status = ?, accepted_at = ?, accepted_on = ?, promised_deadline = ?,"
            + " legal_deadline = ?, calendar_version = ?, visits = ?, form_json = ?, findings_json = ?, decision_reason = ?,"
            + " decided_by = ?, decided_at = ?, closed_at = ?, version = ?, yellow_on = ?, next_rung_on = ?, paused_since = ?,"
            + " paused_days = ?, extension_days = ?, decided_on = ?, elapsed_days = ?, closed_on = ? WHERE id = ? AND version = ?";

    private CaseRepository() {
    }

    static Optional<CaseRow> find(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM hall_case WHERE case_number = ?")) {
            ps.setString(1, caseNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    static Optional<CaseRow> find(Tx tx, String caseNumber) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT * FROM hall_case WHERE case_number = ?");
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
                + " decided_on, elapsed_days, closed_on, origin)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
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
        Sql.setString(ps, i, r.origin);
        ps.executeUpdate();
    }

    private static void setInteger(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    /** Writes the changed state if the row is still at {@code expected}'s version. @return whether it was */
    static boolean update(Tx tx, CaseRow r, int expectedVersion) throws SQLException {
        PreparedStatement ps = tx.prepare(UPDATE);
        int i = 1;
        ps.setString(i++, r.status.name());
        Sql.setInstant(ps, i++, r.acceptedAt);
        Sql.setDate(ps, i++, r.acceptedOn);
        Sql.setDate(ps, i++, r.promisedDeadline);
        Sql.setDate(ps, i++, r.legalDeadline);
        ps.setInt(i++, r.calendarVersion);
        ps.setInt(i++, r.visits);
        ps.setString(i++, r.formJson);
        ps.setString(i++, r.findingsJson);
        Sql.setString(ps, i++, r.decisionReason);
        Sql.setString(ps, i++, r.decidedBy);
        Sql.setInstant(ps, i++, r.decidedAt);
        Sql.setInstant(ps, i++, r.closedAt);
        ps.setInt(i++, r.version);
        Sql.setDate(ps, i++, r.yellowOn);
        Sql.setDate(ps, i++, r.nextRungOn);
        Sql.setDate(ps, i++, r.pausedSince);
        ps.setInt(i++, r.pausedDays);
        ps.setInt(i++, r.extensionDays);
        Sql.setDate(ps, i++, r.decidedOn);
        setInteger(ps, i++, r.elapsedDays);
        Sql.setDate(ps, i++, r.closedOn);
        ps.setLong(i++, r.id);
        ps.setInt(i, expectedVersion);
        return ps.executeUpdate() == 1;
    }

    static void putMaterial(Tx tx, long caseId, CaseMaterial m) throws SQLException {
        PreparedStatement del = tx.prepare("DELETE FROM case_material WHERE case_id = ? AND code = ?");
        del.setLong(1, caseId);
        del.setString(2, m.code());
        del.executeUpdate();
        PreparedStatement ps = tx.prepare("INSERT INTO case_material (case_id, code, vault_id, title, valid_until, from_vault, presented)"
                + " VALUES (?,?,?,?,?,?,?)");
        ps.setLong(1, caseId);
        ps.setString(2, m.code());
        if (m.vaultId() == null) {
            ps.setNull(3, java.sql.Types.BIGINT);
        } else {
            ps.setLong(3, m.vaultId());
        }
        ps.setString(4, m.title());
        Sql.setDate(ps, 5, m.validUntil());
        ps.setBoolean(6, m.fromVault());
        ps.setBoolean(7, m.presented());
        ps.executeUpdate();
    }

    static List<CaseMaterial> materials(Connection c, long caseId, java.util.function.Function<String, String> names) throws SQLException {
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
        ps.executeUpdate();
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
        ps.executeUpdate();
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
        ps.executeUpdate();
    }

    static CaseRow row(ResultSet rs) throws SQLException {
        CaseRow r = new CaseRow();
        r.id = rs.getLong("id");
        r.caseNumber = rs.getString("case_number");
        r.itemCode = rs.getString("item_code");
        r.itemName = rs.getString("item_name");
        r.itemVersion = rs.getString("item_version");
        r.itemSnapshot = rs.getString("item_snapshot");
        r.department = rs.getString("department");
        r.departmentName = rs.getString("department_name");
        r.applicant = rs.getString("applicant");
        r.applicantKind = rs.getString("applicant_kind");
        r.applicantName = rs.getString("applicant_name");
        r.agent = rs.getString("agent");
        r.status = CaseStatus.valueOf(rs.getString("status"));
        r.channel = rs.getString("channel");
        r.window = rs.getString("window_code");
        r.accessCode = rs.getString("access_code");
        r.submittedAt = Sql.instant(rs, "submitted_at");
        r.submittedBy = rs.getString("submitted_by");
        r.acceptedAt = Sql.instant(rs, "accepted_at");
        r.acceptedOn = Sql.date(rs, "accepted_on");
        r.limitUnit = rs.getString("limit_unit");
        r.promisedDays = rs.getInt("promised_days");
        r.legalDays = rs.getInt("legal_days");
        r.promisedDeadline = Sql.date(rs, "promised_deadline");
        r.legalDeadline = Sql.date(rs, "legal_deadline");
        r.calendarVersion = rs.getInt("calendar_version");
        r.origin = rs.getString("origin");
        r.visits = rs.getInt("visits");
        r.maxVisits = rs.getInt("max_visits");
        r.formJson = rs.getString("form_json");
        r.findingsJson = rs.getString("findings_json");
        r.decisionReason = rs.getString("decision_reason");
        r.decidedBy = rs.getString("decided_by");
        r.decidedAt = Sql.instant(rs, "decided_at");
        r.closedAt = Sql.instant(rs, "closed_at");
        r.version = rs.getInt("version");
        r.yellowOn = Sql.date(rs, "yellow_on");
        r.slaRung = rs.getInt("sla_rung");
        r.nextRungOn = Sql.date(rs, "next_rung_on");
        r.pausedSince = Sql.date(rs, "paused_since");
        r.pausedDays = rs.getInt("paused_days");
        r.extensionDays = rs.getInt("extension_days");
        r.decidedOn = Sql.date(rs, "decided_on");
        int elapsed = rs.getInt("elapsed_days");
        r.elapsedDays = rs.wasNull() ? null : elapsed;
        r.closedOn = Sql.date(rs, "closed_on");
        return r;
    }
}
