package org.qinqing.hall.cases.internal;

import java.time.LocalDate;
import java.util.Map;
import org.qinqing.hall.api.CaseMaterial;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.spi.ProvidedMaterial;

/**
 * A material of an application once resolved: from the vault, an upload still to be stored, or
 * an original presented at the counter.
 */
record ResolvedMaterial(String code, String name, String kind, String title, String issuer, LocalDate validUntil,
        Long vaultId, MaterialInput upload, boolean presented, boolean fromVault, Map<String, String> attributes)
        implements ProvidedMaterial {

    ResolvedMaterial withVaultId(long id) {
        return new ResolvedMaterial(code, name, kind, title, issuer, validUntil, id, upload, presented, fromVault, attributes);
    }

    CaseMaterial toCaseMaterial() {
        return new CaseMaterial(code, name, vaultId, title, validUntil, fromVault, presented);
    }
}
