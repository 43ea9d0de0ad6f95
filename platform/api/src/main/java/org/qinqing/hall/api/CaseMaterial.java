package org.qinqing.hall.api;

import java.time.LocalDate;

/**
 * A material of a case.
 *
 * @param code the item's material code
 * @param name the material's name in the item
 * @param vaultId the vault material, or {@code null} for an original only presented
 * @param title title of what was handed in
 * @param validUntil last valid day, or {@code null}
 * @param fromVault reused from the vault rather than handed in for this case
 * @param presented an original shown at the counter
 */
public record CaseMaterial(String code, String name, Long vaultId, String title, LocalDate validUntil, boolean fromVault,
        boolean presented) {
}
