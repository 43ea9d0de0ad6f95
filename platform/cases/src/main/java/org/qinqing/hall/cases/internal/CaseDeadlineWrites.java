package org.qinqing.hall.cases.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * The SLA module's writes of a case's clock ({@link org.qinqing.hall.cases.CaseDeadlines}), done
 * here so that the case module alone writes {@code hall_case} and keeps its cache in step itself.
 */
final class CaseDeadlineWrites {
    private final CaseCache cache;

    CaseDeadlineWrites(CaseCache cache) {
        this.cache = cache;
    }

    boolean recordRung(Tx tx, String caseNumber, int rung, LocalDate nextRungOn) throws SQLException {
        PreparedStatement up = tx.prepare("UPDATE hall_case SET sla_rung = ?, next_rung_on = ? WHERE case_number = ?");
        up.setInt(1, rung);
        Sql.setDate(up, 2, nextRungOn);
        up.setString(3, caseNumber);
        if (up.executeUpdate() == 0) {
            return false;
        }
        // the scan touches up to 500 cases a write: the kept row takes the two columns, no read back
        cache.rungRecorded(tx, caseNumber, rung, nextRungOn);
        return true;
    }

    boolean moveDeadlines(Tx tx, String caseNumber, LocalDate promised, LocalDate legal, LocalDate yellow, LocalDate nextRungOn,
            int calendarVersion) throws SQLException {
        PreparedStatement up = tx.prepare("UPDATE hall_case SET promised_deadline = ?, legal_deadline = ?, yellow_on = ?,"
                + " next_rung_on = ?, calendar_version = ?, version = version + 1 WHERE case_number = ?");
        Sql.setDate(up, 1, promised);
        Sql.setDate(up, 2, legal);
        Sql.setDate(up, 3, yellow);
        Sql.setDate(up, 4, nextRungOn);
        up.setInt(5, calendarVersion);
        up.setString(6, caseNumber);
        if (up.executeUpdate() == 0) {
            return false;
        }
        // a recompute is rare (a calendar change): read the whole row back, so that what is kept is exactly what is stored
        Optional<CaseRow> row = CaseRepository.find(tx, caseNumber);
        row.ifPresent(r -> cache.wrote(tx, r));
        return true;
    }
}
