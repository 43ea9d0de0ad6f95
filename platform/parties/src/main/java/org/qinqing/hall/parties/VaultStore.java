package org.qinqing.hall.parties;

import java.sql.SQLException;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.NewMaterial;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.store.Tx;

/** Vault writes inside a caller's transaction (uploads at intake, documents issued by approvals). */
@ProviderType
public interface VaultStore {

    /**
     * Validates and stores a material, or returns the holder's identical one.
     *
     * @param issued true for a document issued by the hall (text allowed, no expiry check)
     */
    VaultMaterial insert(Tx tx, NewMaterial material, Actor actor, boolean issued) throws SQLException;
}
