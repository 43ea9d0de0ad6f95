package org.qinqing.hall.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The material vault: materials stored once per holder and reused by reference. */
@ProviderType
public interface Vault {

    /**
     * Stores a material; the same bytes of the same kind for the same holder are stored once.
     *
     * @throws HallException 400 for a type not allowed, an expired material or an empty one; 413 when too large
     */
    VaultMaterial store(NewMaterial material, Actor actor);

    /** @param holder a party number @return its materials, newest first */
    List<VaultMaterial> list(String holder);

    /** @param id vault id @return the material */
    Optional<VaultMaterial> get(long id);

    /** @param id vault id @return its bytes */
    byte[] content(long id);
}
