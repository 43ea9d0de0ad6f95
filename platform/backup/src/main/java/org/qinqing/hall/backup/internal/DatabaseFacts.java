package org.qinqing.hall.backup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the manifest says of the database, read just before the copy begins: the copy holds at
 * least these cases and audit records. Portable SQL on the tables of the case service and the store.
 *
 * @param kind the database product
 * @param cases rows in {@code hall_case}
 * @param lastCaseNumber the case with the highest sequence, or {@code null}
 * @param auditHeadSeq the audit trail's last record
 * @param auditHeadHash its hash
 */
record DatabaseFacts(String kind, long cases, String lastCaseNumber, long auditHeadSeq, String auditHeadHash) {

    static DatabaseFacts read(Connection c) throws SQLException {
        String kind = c.getMetaData().getDatabaseProductName();
        long cases = 0;
        String last = null;
        long seq = 0;
        String hash = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM hall_case), case_number FROM hall_case WHERE id = (SELECT MAX(id) FROM hall_case)");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                cases = rs.getLong(1);
                last = rs.getString(2);
            }
        } catch (SQLException e) {
            if (!missingTable(e)) {
                throw e;
            }
            // a hall whose case service never started has no cases to count
        }
        // one head row per writer connection: the chain's head is the higher one
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head ORDER BY seq DESC");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1);
                hash = rs.getString(2);
            }
        }
        return new DatabaseFacts(kind, cases, last, seq, hash);
    }

    private static boolean missingTable(SQLException e) {
        String state = e.getSQLState();
        return "42X05".equals(state) || "42P01".equals(state);
    }
}
