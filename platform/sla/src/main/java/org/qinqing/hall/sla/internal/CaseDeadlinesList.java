package org.qinqing.hall.sla.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.qinqing.hall.cases.CaseDeadlines;
import org.qinqing.hall.store.Tx;

/**
 * The case module's {@link CaseDeadlines}, through a reference list: the calls run inside a unit
 * in the hall's one writer, which must never wait for a case service that is away (being
 * updated). Without one the unit fails, nothing of it is written, and the next scan does it.
 */
public final class CaseDeadlinesList implements CaseDeadlines {
    private final List<CaseDeadlines> services;

    public CaseDeadlinesList(List<CaseDeadlines> services) {
        this.services = services;
    }

    @Override
    public boolean recordRung(Tx tx, String caseNumber, int rung, LocalDate nextRungOn) throws SQLException {
        for (CaseDeadlines d : services) {
            try {
                return d.recordRung(tx, caseNumber, rung, nextRungOn);
            } catch (ServiceUnavailableException e) {
                // gone since the list was read: the next one, if any
            }
        }
        throw away();
    }

    @Override
    public boolean moveDeadlines(Tx tx, String caseNumber, LocalDate promised, LocalDate legal, LocalDate yellow, LocalDate nextRungOn,
            int calendarVersion) throws SQLException {
        for (CaseDeadlines d : services) {
            try {
                return d.moveDeadlines(tx, caseNumber, promised, legal, yellow, nextRungOn, calendarVersion);
            } catch (ServiceUnavailableException e) {
                // gone since the list was read: the next one, if any
            }
        }
        throw away();
    }

    private static IllegalStateException away() {
        return new IllegalStateException("the case service is not running: no case clock can be written now");
    }
}
