package org.qinqing.hall.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Sql;

/**
 * The audit records of one batch, chained by the writer as its units run and inserted in the
 * batch's transaction before it commits: by the committer when more units are queued, so that the
 * inserts (a fifth of the writer's time, 25 records a composite case) run on the other core while
 * the writer runs the next batch; by the writer itself when none is (it would only wait). Nothing
 * in a unit reads the audit log, so a unit cannot tell the difference. On PostgreSQL the writer always inserts them
 * itself, as one statement sent with the release of the last unit's savepoint and the head's move (one round trip): the
 * next batch waits for this one's commit there anyway (the writers' lock). A record is checked against
 * the columns when it is added, so an over-long field fails its own unit, not the batch.
 */
final class AuditRows {
    private static final String INSERT = "INSERT INTO audit_log (seq, recorded_at, subject_type, subject, action, actor, channel,"
            + " window_code, from_status, to_status, reason, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    /** A chained record waiting for its insert. */
    private record Row(AuditChain.Link link, Instant at, AuditRecord record) {
    }

    private final List<Row> rows = new ArrayList<>();
    /** How many of the rows are inserted. */
    private int inserted;

    /** Checks a record, chains it and keeps it for the batch's insert. */
    void add(AuditChain chain, AuditRecord r, Instant at) throws SQLException {
        check(r);
        rows.add(new Row(chain.append(r, at), at, r));
    }

    /** @return a position to go back to when a unit rolls back */
    int mark() {
        return rows.size();
    }

    /** Forgets the records added since {@code mark} (only before the batch's records are inserted). */
    void reset(int mark) {
        rows.subList(mark, rows.size()).clear();
    }

    /**
     * Inserts the records not inserted yet on the batch's lane, in chain order, as one JDBC batch, and moves the lane's
     * head row to the last (see above for who calls it when); does nothing once they are inserted.
     */
    void insert(Lane lane) throws SQLException {
        if (inserted == rows.size()) {
            return;
        }
        PreparedStatement ps = lane.prepare(INSERT);
        for (Row row : rows.subList(inserted, rows.size())) {
            AuditRecord r = row.record();
            ps.setLong(1, row.link().seq());
            Sql.setInstant(ps, 2, row.at());
            Sql.setString(ps, 3, r.subjectType());
            Sql.setString(ps, 4, r.subject());
            Sql.setString(ps, 5, r.action());
            Sql.setString(ps, 6, r.actor());
            Sql.setString(ps, 7, r.channel());
            Sql.setString(ps, 8, r.window());
            Sql.setString(ps, 9, r.fromStatus());
            Sql.setString(ps, 10, r.toStatus());
            Sql.setString(ps, 11, r.reason());
            Sql.setString(ps, 12, r.detail());
            ps.setString(13, row.link().prevHash());
            ps.setString(14, row.link().hash());
            ps.addBatch();
        }
        // one batch: on PostgreSQL one round trip for all of them (one multi-row INSERT with reWriteBatchedInserts)
        ps.executeBatch();
        AuditChain.Link last = rows.get(rows.size() - 1).link();
        PreparedStatement up = lane.prepare("UPDATE audit_head SET seq = ?, hash = ? WHERE id = ?");
        up.setLong(1, last.seq());
        up.setString(2, last.hash());
        up.setInt(3, lane.id() + 1);
        if (up.executeUpdate() != 1) {
            throw new SQLException("audit_head has no row " + (lane.id() + 1) + ": the store's schema is incomplete");
        }
        inserted = rows.size();
    }

    /** PostgreSQL: every record in one statement (arrays, one element a record), the head moved in the same round trip. */
    private static final String UNNEST = "INSERT INTO audit_log (seq, recorded_at, subject_type, subject, action, actor, channel, window_code,"
            + " from_status, to_status, reason, detail, prev_hash, hash) SELECT * FROM unnest(CAST(? AS BIGINT[]), CAST(? AS TIMESTAMP[]),"
            + " CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]),"
            + " CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]));"
            + " UPDATE audit_head SET seq = ?, hash = ? WHERE id = ?";

    /** @return whether records wait for their insert */
    boolean pending() {
        return inserted < rows.size();
    }

    /**
     * PostgreSQL, by the writer at the batch's end: the records not inserted yet and the lane's head row in one round
     * trip, after {@code before} (SQL without parameters, e.g. the release of the last unit's savepoint) in the same.
     * Nothing is inserted when any of it fails.
     */
    void insertOnPostgresql(Lane lane, String before) throws SQLException {
        List<Row> todo = rows.subList(inserted, rows.size());
        int n = todo.size();
        Long[] seq = new Long[n];
        String[][] text = new String[13][n];
        for (int i = 0; i < n; i++) {
            Row row = todo.get(i);
            AuditRecord r = row.record();
            seq[i] = row.link().seq();
            // the column holds the instant's UTC wall time, as Sql.setInstant writes it
            text[0][i] = java.time.LocalDateTime.ofInstant(row.at(), java.time.ZoneOffset.UTC).toString();
            String[] fields = {r.subjectType(), r.subject(), r.action(), r.actor(), r.channel(), r.window(), r.fromStatus(), r.toStatus(),
                r.reason(), r.detail(), row.link().prevHash(), row.link().hash()};
            for (int f = 0; f < fields.length; f++) {
                text[f + 1][i] = fields[f];
            }
        }
        java.sql.Connection c = lane.connection();
        PreparedStatement ps = lane.prepare(before.isEmpty() ? UNNEST : before + "; " + UNNEST);
        ps.setArray(1, c.createArrayOf("int8", seq));
        for (int f = 0; f < 13; f++) {
            ps.setArray(f + 2, c.createArrayOf("varchar", text[f]));
        }
        AuditChain.Link last = rows.get(rows.size() - 1).link();
        ps.setLong(15, last.seq());
        ps.setString(16, last.hash());
        ps.setInt(17, lane.id() + 1);
        ps.execute();
        inserted = rows.size();
    }

    /** @return the batch's records as the log holds them, in chain order */
    List<org.qinqing.hall.api.AuditEntry> entries() {
        List<org.qinqing.hall.api.AuditEntry> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            AuditRecord r = row.record();
            out.add(new org.qinqing.hall.api.AuditEntry(row.link().seq(), row.at(), r.subjectType(), r.subject(), r.action(), r.actor(),
                    r.channel(), r.window(), r.fromStatus(), r.toStatus(), r.reason(), r.detail(), row.link().hash()));
        }
        return out;
    }

    /** The checks the audit_log columns would make on insert (V1__audit_log_and_counters.sql). */
    private static void check(AuditRecord r) throws SQLException {
        required("subject_type", r.subjectType(), 20);
        required("subject", r.subject(), 64);
        required("action", r.action(), 40);
        required("actor", r.actor(), 64);
        fits("channel", r.channel(), 20);
        fits("window_code", r.window(), 40);
        fits("from_status", r.fromStatus(), 30);
        fits("to_status", r.toStatus(), 30);
        fits("reason", r.reason(), 1000);
        fits("detail", r.detail(), 4000);
    }

    private static void required(String column, String value, int max) throws SQLException {
        if (value == null) {
            throw new SQLIntegrityConstraintViolationException("audit_log." + column + " must not be null", "23502");
        }
        fits(column, value, max);
    }

    private static void fits(String column, String value, int max) throws SQLException {
        if (value != null && value.length() > max) {
            throw new SQLDataException("audit_log." + column + " holds at most " + max + " characters, not " + value.length(), "22001");
        }
    }
}
