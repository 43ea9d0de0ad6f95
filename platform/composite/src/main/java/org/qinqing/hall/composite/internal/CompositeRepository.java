package org.qinqing.hall.composite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/** SQL of composite cases and their steps. */
final class CompositeRepository {
    private static final String STEP_COLUMNS = "case_id, step_id, seq, item_code, department, depends_on, promised_days, legal_days,"
            + " step_json, status, sub_case, message, started_on, done_on, delivered";

    private CompositeRepository() {
    }

    static void insert(Tx tx, CompositeRow r) throws SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO composite_case (id, case_number, composite_code, composite_name, bundle_version,"
                + " applicant, applicant_name, agent, channel, window_code, access_code, submitted_at, submitted_by, accepted_on,"
                + " promised_deadline, legal_deadline, status, visits, form_json, materials_json, profile_json, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        int i = 1;
        ps.setLong(i++, r.id);
        ps.setString(i++, r.caseNumber);
        ps.setString(i++, r.code);
        ps.setString(i++, r.name);
        ps.setString(i++, r.bundleVersion);
        ps.setString(i++, r.applicant);
        ps.setString(i++, r.applicantName);
        Sql.setString(ps, i++, r.agent);
        ps.setString(i++, r.channel);
        Sql.setString(ps, i++, r.window);
        ps.setString(i++, r.accessCode);
        Sql.setInstant(ps, i++, r.submittedAt);
        ps.setString(i++, r.submittedBy);
        Sql.setDate(ps, i++, r.acceptedOn);
        Sql.setDate(ps, i++, r.promisedDeadline);
        Sql.setDate(ps, i++, r.legalDeadline);
        ps.setString(i++, r.status);
        ps.setInt(i++, r.visits);
        ps.setString(i++, r.formJson);
        ps.setString(i++, r.materialsJson);
        Sql.setString(ps, i++, r.profileJson);
        ps.setInt(i, r.version);
        tx.later(ps);
    }

    static void insertStep(Tx tx, StepRow s) throws SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO composite_step (" + STEP_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
        int i = 1;
        ps.setLong(i++, s.caseId);
        ps.setString(i++, s.stepId);
        ps.setInt(i++, s.seq);
        ps.setString(i++, s.itemCode);
        ps.setString(i++, s.department);
        ps.setString(i++, String.join(",", s.dependsOn));
        ps.setInt(i++, s.promisedDays);
        ps.setInt(i++, s.legalDays);
        ps.setString(i++, s.stepJson);
        ps.setString(i++, s.status);
        Sql.setString(ps, i++, s.subCase);
        Sql.setString(ps, i++, s.message);
        Sql.setDate(ps, i++, s.startedOn);
        Sql.setDate(ps, i, s.doneOn);
        tx.later(ps);
    }

    /**
     * Moves a step on, only from the state it was read in; the step's row in memory moves with it,
     * column for column as the SQL does. @return whether it moved (false: the step is not in {@code from})
     */
    static boolean moveStep(Tx tx, StepRow s, String from, String to, String subCase, String message, LocalDate startedOn,
            LocalDate doneOn) throws SQLException {
        if (!s.is(from)) {
            return false;
        }
        PreparedStatement ps = tx.prepare("UPDATE composite_step SET status = ?, sub_case = COALESCE(?, sub_case), message = ?,"
                + " started_on = COALESCE(?, started_on), done_on = COALESCE(?, done_on) WHERE case_id = ? AND step_id = ? AND status = ?");
        ps.setString(1, to);
        Sql.setString(ps, 2, subCase);
        Sql.setString(ps, 3, message);
        Sql.setDate(ps, 4, startedOn);
        Sql.setDate(ps, 5, doneOn);
        ps.setLong(6, s.caseId);
        ps.setString(7, s.stepId);
        ps.setString(8, from);
        // the guard in the SQL is the database's word on what the unit's copy says: taken for later, a difference fails the unit
        tx.later(ps, () -> HallException.conflict("composite_changed", "step " + s.stepId + " was changed by someone else a moment"
                + " ago (it is no longer " + from + "); try again"));
        s.status = to;
        s.subCase = subCase == null ? s.subCase : subCase;
        s.message = message;
        s.startedOn = startedOn == null ? s.startedOn : startedOn;
        s.doneOn = doneOn == null ? s.doneOn : doneOn;
        return true;
    }

    /** Notes what holds a READY step back, without a change of state. */
    static void noteStep(Tx tx, long caseId, String stepId, String message) throws SQLException {
        PreparedStatement ps = tx.prepare("UPDATE composite_step SET message = ? WHERE case_id = ? AND step_id = ? AND status = 'READY'");
        Sql.setString(ps, 1, message);
        ps.setLong(2, caseId);
        ps.setString(3, stepId);
        tx.later(ps);
    }

    /** Sets the composite's state and bumps its version, in the database and in {@code c}. */
    static void setStatus(Tx tx, CompositeRow c, String status, String reason, LocalDate approvedOn, boolean close)
            throws SQLException {
        PreparedStatement ps = tx.prepare("UPDATE composite_case SET status = ?, decision_reason = COALESCE(?, decision_reason),"
                + " approved_on = COALESCE(?, approved_on), closed_at = COALESCE(?, closed_at), version = version + 1 WHERE id = ?");
        Instant closedAt = close ? tx.now() : null;
        ps.setString(1, status);
        Sql.setString(ps, 2, reason);
        Sql.setDate(ps, 3, approvedOn);
        Sql.setInstant(ps, 4, closedAt);
        ps.setLong(5, c.id);
        tx.later(ps);
        c.status = status;
        c.decisionReason = reason == null ? c.decisionReason : reason;
        c.approvedOn = approvedOn == null ? c.approvedOn : approvedOn;
        c.closedAt = closedAt == null ? c.closedAt : closedAt;
        c.version++;
    }

    /** Counts a visit to the hall for the composite (collecting its results at the window), in the database and in {@code c}. */
    static void addVisit(Tx tx, CompositeRow c) throws SQLException {
        PreparedStatement ps = tx.prepare("UPDATE composite_case SET visits = visits + 1 WHERE id = ?");
        ps.setLong(1, c.id);
        tx.later(ps);
        c.visits++;
    }

    static Optional<CompositeRow> find(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM composite_case WHERE case_number = ?")) {
            ps.setString(1, caseNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** @return the composite case with its steps, read on one connection */
    static Optional<State> whole(Connection c, String caseNumber) throws SQLException {
        Optional<CompositeRow> r = find(c, caseNumber);
        return r.isEmpty() ? Optional.empty() : Optional.of(new State(r.get(), steps(c, r.get().id)));
    }

    /** A composite case and its steps. */
    record State(CompositeRow composite, List<StepRow> steps) {
        /** @return a copy whose rows can change without changing these */
        State copy() {
            return new State(composite.copy(), steps.stream().map(StepRow::copy).toList());
        }
    }

    /** Notes that a step's result was delivered, in the database and in {@code s}. */
    static void delivered(Tx tx, StepRow s) throws SQLException {
        PreparedStatement ps = tx.prepare("UPDATE composite_step SET delivered = 1 WHERE case_id = ? AND step_id = ?");
        ps.setLong(1, s.caseId);
        ps.setString(2, s.stepId);
        tx.later(ps);
        s.delivered = true;
    }

    static List<CompositeRow> list(Connection c, boolean openOnly, int limit) throws SQLException {
        String sql = "SELECT * FROM composite_case" + (openOnly ? " WHERE status IN ('IN_PROGRESS', 'APPROVED')" : "")
                + " ORDER BY id DESC FETCH FIRST " + Math.max(1, Math.min(500, limit)) + " ROWS ONLY";
        List<CompositeRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    static List<StepRow> steps(Connection c, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STEP_COLUMNS + " FROM composite_step WHERE case_id = ?")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return steps(rs);
            }
        }
    }

    /**
     * @return the composite case numbers with steps ready to start, optionally of one department: a
     *         READY step belongs to a composite IN_PROGRESS, found through its status index
     */
    static List<String> withReadySteps(Connection c, String department) throws SQLException {
        String sql = "SELECT DISTINCT k.case_number FROM composite_case k JOIN composite_step s ON s.case_id = k.id"
                + " WHERE k.status = 'IN_PROGRESS' AND s.status = 'READY'" + (department == null ? "" : " AND s.department = ?");
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (department != null) {
                ps.setString(1, department);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** A step that runs, with the composite it belongs to and its sub-case. */
    record RunningStep(String caseNumber, String stepId, String subCase) {
    }

    /** @return the running steps of composites still in progress, with their sub-cases */
    static List<RunningStep> runningSteps(Connection c) throws SQLException {
        String sql = "SELECT k.case_number, s.step_id, s.sub_case FROM composite_case k JOIN composite_step s ON s.case_id = k.id"
                + " WHERE k.status = 'IN_PROGRESS' AND s.status = 'RUNNING' AND s.sub_case IS NOT NULL";
        List<RunningStep> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new RunningStep(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    static String[] idempotent(Connection c, String principal, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_number, request_hash FROM composite_idempotency WHERE principal = ? AND idem_key = ?")) {
            ps.setString(1, principal);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
            }
        }
    }

    static String[] idempotent(Tx tx, String principal, String key) throws SQLException {
        return idempotent(tx.connection(), principal, key);
    }

    static void remember(Tx tx, String principal, String key, String hash, String caseNumber) throws SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO composite_idempotency (principal, idem_key, request_hash, case_number) VALUES (?,?,?,?)");
        ps.setString(1, principal);
        ps.setString(2, key);
        ps.setString(3, hash);
        ps.setString(4, caseNumber);
        tx.later(ps);
    }

    /** @return the steps in their order */
    private static List<StepRow> steps(ResultSet rs) throws SQLException {
        List<StepRow> out = new ArrayList<>();
        while (rs.next()) {
            out.add(step(rs));
        }
        out.sort(StepRow.IN_ORDER);
        return out;
    }

    private static StepRow step(ResultSet rs) throws SQLException {
        StepRow s = new StepRow();
        s.caseId = rs.getLong("case_id");
        s.stepId = rs.getString("step_id");
        s.seq = rs.getInt("seq");
        s.itemCode = rs.getString("item_code");
        s.department = rs.getString("department");
        String deps = rs.getString("depends_on");
        s.dependsOn = deps.isEmpty() ? List.of() : Arrays.asList(deps.split(","));
        s.promisedDays = rs.getInt("promised_days");
        s.legalDays = rs.getInt("legal_days");
        s.stepJson = rs.getString("step_json");
        s.status = rs.getString("status");
        s.subCase = rs.getString("sub_case");
        s.message = rs.getString("message");
        s.startedOn = Sql.date(rs, "started_on");
        s.doneOn = Sql.date(rs, "done_on");
        s.delivered = rs.getInt("delivered") == 1;
        return s;
    }

    private static CompositeRow row(ResultSet rs) throws SQLException {
        CompositeRow r = new CompositeRow();
        r.id = rs.getLong("id");
        r.caseNumber = rs.getString("case_number");
        r.code = rs.getString("composite_code");
        r.name = rs.getString("composite_name");
        r.bundleVersion = rs.getString("bundle_version");
        r.applicant = rs.getString("applicant");
        r.applicantName = rs.getString("applicant_name");
        r.agent = rs.getString("agent");
        r.channel = rs.getString("channel");
        r.window = rs.getString("window_code");
        r.accessCode = rs.getString("access_code");
        r.submittedAt = Sql.instant(rs, "submitted_at");
        r.submittedBy = rs.getString("submitted_by");
        r.acceptedOn = Sql.date(rs, "accepted_on");
        r.promisedDeadline = Sql.date(rs, "promised_deadline");
        r.legalDeadline = Sql.date(rs, "legal_deadline");
        r.status = rs.getString("status");
        r.visits = rs.getInt("visits");
        r.formJson = rs.getString("form_json");
        r.materialsJson = rs.getString("materials_json");
        r.profileJson = rs.getString("profile_json");
        r.decisionReason = rs.getString("decision_reason");
        r.approvedOn = Sql.date(rs, "approved_on");
        r.closedAt = Sql.instant(rs, "closed_at");
        r.version = rs.getInt("version");
        return r;
    }
}
