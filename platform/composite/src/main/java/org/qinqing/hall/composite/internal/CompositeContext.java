package org.qinqing.hall.composite.internal;

import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.Vault;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.cases.CaseIntake;
import org.qinqing.hall.parties.VaultStore;
import org.qinqing.hall.store.Database;

/** What the composite services work with. */
record CompositeContext(Database db, Catalogue catalogue, Cases cases, CaseIntake caseIntake, Parties parties, Vault vault,
        VaultStore vaultStore, WorkingCalendar calendar, HallClock clock, Registry registry) {

    /** The platform acting for a composite: starts, completes and withdraws its sub-cases. */
    static final Actor SYSTEM = Actor.system("composite");
}
