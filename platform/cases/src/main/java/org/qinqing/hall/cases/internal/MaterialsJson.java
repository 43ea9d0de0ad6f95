package org.qinqing.hall.cases.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.qinqing.hall.api.CaseMaterial;

/** A case's materials in its row ({@code hall_case.materials_json}), ordered by code; names come from the item when read. */
final class MaterialsJson {
    private static final TypeReference<List<Stored>> LIST = new TypeReference<>() { };

    /** One material as stored: what {@link CaseMaterial} holds but its name. */
    record Stored(String code, Long vaultId, String title, String validUntil, boolean fromVault, boolean presented) {
    }

    private MaterialsJson() {
    }

    static String write(Collection<CaseMaterial> materials) {
        List<Stored> out = new ArrayList<>();
        materials.stream().sorted(Comparator.comparing(CaseMaterial::code)).forEach(m -> out.add(new Stored(m.code(), m.vaultId(),
                m.title(), m.validUntil() == null ? null : m.validUntil().toString(), m.fromVault(), m.presented())));
        return JsonCodec.write(out);
    }

    static List<CaseMaterial> read(String json, Function<String, String> names) {
        try {
            List<CaseMaterial> out = new ArrayList<>();
            for (Stored s : JsonCodec.MAPPER.readValue(json, LIST)) {
                out.add(new CaseMaterial(s.code(), names.apply(s.code()), s.vaultId(), s.title(),
                        s.validUntil() == null ? null : LocalDate.parse(s.validUntil()), s.fromVault(), s.presented()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt materials_json: " + e.getOriginalMessage(), e);
        }
    }
}
