package org.qinqing.hall.parties;

import java.sql.SQLException;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.PartyProfile;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.store.Tx;

/** Profile writes inside a caller's transaction. */
@ProviderType
public interface PartyStore {

    /**
     * Creates the profile (version 1) of a party seen for the first time, within the caller's
     * transaction, and returns it; an existing profile is returned as it is.
     */
    PartyProfile ensure(Tx tx, PartyNumber number, String name, Map<String, String> fields, Actor actor) throws SQLException;
}
