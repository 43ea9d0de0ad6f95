package org.qinqing.hall.cases.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.cases.CaseEvent;
import org.qinqing.hall.cases.CaseEvents;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.api.AuditLog;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.Vault;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.parties.PartyStore;
import org.qinqing.hall.parties.VaultStore;
import org.qinqing.hall.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the case services work with. */
record CaseContext(Database db, AuditLog audit, Catalogue catalogue, Parties parties, PartyStore partyStore, Vault vault,
        VaultStore vaultStore, WorkingCalendar calendar, HallClock clock, ItemSnapshots snapshots, CaseNumbers numbers,
        double yellowShare, List<CaseEvents> listeners, CaseCache cache, IssuedResults results, CaseCounts counts) {
    private static final Logger LOG = LoggerFactory.getLogger(CaseContext.class);

    /** Tells the listeners of a change, inside its transaction, and counts it once committed. */
    void fire(Tx tx, CaseRow row, CaseStatus from, String reason, String detail, String actor, java.time.LocalDate on)
            throws SQLException {
        counts.changed(tx, row.department, from, row.status);
        if (listeners.isEmpty()) {
            return;
        }
        CaseEvent e = new CaseEvent(row.caseNumber, row.origin, row.itemCode, row.department, from, row.status, reason, detail, actor, on,
                row.applicant);
        for (CaseEvents l : listeners) {
            l.changed(tx, e);
        }
    }

    /**
     * Runs department code: a failure of the department fails this request with a message naming
     * the department, never the platform.
     */
    static <T> T department(String department, Supplier<T> call) {
        try {
            return call.get();
        } catch (HallException e) {
            throw e;
        } catch (RuntimeException e) {
            String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Incident {}: the rules of department {} failed", incident, department, e);
            throw HallException.unavailable("department_error", "the rules of department " + department
                    + " failed on this application (incident " + incident + "); the department's developers are told through the log");
        }
    }
}
