package org.qinqing.hall.directline.internal;

import java.util.List;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;

/** Applies the module's migrations at start, once the case service (which ratings and invitations ask) is up. */
public final class Schema {
    private final Database db;
    private final List<Migration> migrations;

    /** @param cases only so that this starts after the case service */
    public Schema(Database db, List<Migration> migrations, Cases cases) {
        this.db = db;
        this.migrations = migrations;
    }

    public void apply() {
        db.migrate("directline", migrations);
    }
}
