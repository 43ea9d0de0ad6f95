package org.qinqing.hall.sla.internal;

import java.util.List;
import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.qinqing.hall.cases.CaseRows;
import org.qinqing.hall.store.Tx;

/**
 * Tells the case service that a unit changed a case's row, through a reference list: a unit runs
 * in the hall's one writer, and must never wait for a case service that is away (being updated)
 * — the rows it kept went away with it.
 */
public final class CaseRowsList implements CaseRows {
    private final List<CaseRows> services;

    public CaseRowsList(List<CaseRows> services) {
        this.services = services;
    }

    @Override
    public void changed(Tx tx, String caseNumber) {
        for (CaseRows r : services) {
            try {
                r.changed(tx, caseNumber);
            } catch (ServiceUnavailableException e) {
                // gone since the list was read, and what it kept with it
            }
        }
    }
}
