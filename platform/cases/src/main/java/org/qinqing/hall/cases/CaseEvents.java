package org.qinqing.hall.cases;

import java.sql.SQLException;
import org.osgi.annotation.versioning.ConsumerType;
import org.qinqing.hall.store.Tx;

/**
 * Hears case changes inside the write that makes them (whiteboard: register it as a service).
 * What a listener writes commits or fails together with the change, so a change is heard exactly
 * once; a listener that throws fails the change. Work outside the database belongs in
 * {@link Tx#afterCommit(Runnable)}.
 */
@ConsumerType
public interface CaseEvents {

    /**
     * @param tx the transaction of the change
     * @param event what changed
     */
    void changed(Tx tx, CaseEvent event) throws SQLException;
}
