package org.qinqing.hall.online.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.qinqing.hall.online.OnlineCase;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Rows;
import org.qinqing.hall.store.Tx;

/**
 * The online rows of cases by case number, in the store's cache of committed rows (region {@code online.case}; the
 * store's coherence rule: {@link Rows}), their absence too: every change of every case asks whether it is an online
 * one (to tell its applicant), and most are not, so a counter case's changes cost the online module no query once
 * its answer is kept. Every unit that writes an online row's fields says so ({@link #changed}).
 */
final class OnlineRows {
    static final String REGION = "online.case";

    private final Region<Optional<OnlineCase>> rows;

    /** @param size cases kept at most (the least recently used go first) */
    OnlineRows(Rows rows, int size) {
        this.rows = rows.region(REGION, size);
    }

    /** @return the case's online row as this unit sees it (empty: a case of another channel) */
    Optional<OnlineCase> inUnit(Tx tx, String caseNumber) throws SQLException {
        return rows.get(tx, caseNumber, t -> read(t, caseNumber));
    }

    /** The unit writes the case's online row: the kept answer is dropped once it commits. */
    void changed(Tx tx, String caseNumber) {
        rows.changed(tx, caseNumber);
    }

    /** The unit creates the case, without an online row unless it writes one after this (and says so): none is kept. */
    void none(Tx tx, String caseNumber) {
        rows.changed(tx, caseNumber, Optional.empty());
    }

    /** @return the case's online row read through the unit */
    static Optional<OnlineCase> read(Tx tx, String caseNumber) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT * FROM online_case WHERE case_number = ?");
        ps.setString(1, caseNumber);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(OnlineCaseService.row(rs)) : Optional.empty();
        }
    }
}
