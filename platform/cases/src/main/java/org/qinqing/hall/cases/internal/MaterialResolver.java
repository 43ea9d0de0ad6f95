package org.qinqing.hall.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.api.Vault;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Material;

/**
 * Turns the materials of a submission into resolved materials, and fills in reusable materials
 * from the applicant's vault when they were not handed in (一次提交: never asked for twice).
 */
final class MaterialResolver {
    private final Vault vault;

    MaterialResolver(Vault vault) {
        this.vault = vault;
    }

    /**
     * @param holders the parties whose vault materials may be referenced (applicant, and agent)
     * @throws HallException 400 naming the material input that is wrong
     */
    List<ResolvedMaterial> resolve(Item item, List<MaterialInput> inputs, Set<String> holders, Channel channel, LocalDate today,
            boolean fillFromVault) {
        Map<String, ResolvedMaterial> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            MaterialInput in = inputs.get(i);
            String at = "materials[" + i + "]";
            Material m = in.code() == null ? null : item.material(in.code());
            if (m == null) {
                throw HallException.invalid(at + ".code", "item " + item.code() + " asks for no material '" + in.code() + "'; its materials are "
                        + item.materials().stream().map(Material::code).toList());
            }
            if (!seen.add(m.code())) {
                throw HallException.invalid(at + ".code", "material " + m.code() + " is given twice");
            }
            int given = (in.vaultId() != null ? 1 : 0) + (in.content() != null ? 1 : 0) + (in.presented() ? 1 : 0);
            if (given != 1) {
                throw HallException.invalid(at, "give exactly one of vaultId (reuse from the vault), content (upload, base64) or"
                        + " presented (original checked at the counter)");
            }
            out.put(m.code(), resolveOne(item, m, in, at, holders, channel));
        }
        if (fillFromVault) {
            for (Material m : item.materials()) {
                if (m.reusable() && !out.containsKey(m.code())) {
                    latestValid(holders, m.kind(), today).ifPresent(v -> out.put(m.code(), fromVault(m, v, true)));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private ResolvedMaterial resolveOne(Item item, Material m, MaterialInput in, String at, Set<String> holders, Channel channel) {
        if (in.vaultId() != null) {
            VaultMaterial v = vault.get(in.vaultId()).orElseThrow(() ->
                    HallException.invalid(at + ".vaultId", "no material " + in.vaultId() + " in the vault"));
            if (!holders.contains(v.holder())) {
                throw HallException.invalid(at + ".vaultId", "material " + in.vaultId() + " belongs to another party");
            }
            if (m.reusable() && !m.kind().equals(v.kind())) {
                throw HallException.invalid(at + ".vaultId", "material " + in.vaultId() + " is a " + v.kind() + ", not a " + m.kind()
                        + " (" + m.name() + ")");
            }
            return fromVault(m, v, true);
        }
        if (in.presented()) {
            if (channel != Channel.COUNTER && channel != Channel.KIOSK) {
                throw HallException.invalid(at + ".presented", "原件核验只能在窗口或自助终端进行，网上申请请上传材料");
            }
            return new ResolvedMaterial(m.code(), m.name(), m.kind(), title(in, m), "", in.validUntil(), null, null, true, false, Map.of());
        }
        if (in.contentType() == null) {
            throw HallException.invalid(at + ".contentType", "an upload needs its contentType (application/pdf, image/jpeg, image/png)");
        }
        return new ResolvedMaterial(m.code(), m.name(), m.kind(), title(in, m), "", in.validUntil(), null, in, false, false, Map.of());
    }

    private Optional<VaultMaterial> latestValid(Set<String> holders, String kind, LocalDate today) {
        for (String h : holders) {
            for (VaultMaterial v : vault.list(h)) {
                if (v.kind().equals(kind) && !v.expiredOn(today)) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    private static ResolvedMaterial fromVault(Material m, VaultMaterial v, boolean fromVault) {
        return new ResolvedMaterial(m.code(), m.name(), v.kind(), v.title(), v.issuer(), v.validUntil(), v.id(), null, false,
                fromVault, v.attributes());
    }

    private static String title(MaterialInput in, Material m) {
        return in.title() == null || in.title().isBlank() ? m.name() : in.title().trim();
    }

    /** Decodes base64 upload content given as text. */
    static byte[] base64(String content, String field) {
        try {
            return Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw HallException.invalid(field, "content must be base64");
        }
    }
}
