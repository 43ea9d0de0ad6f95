package org.qinqing.hall.composite.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.Step;

/** JSON of what composite cases store: the step definitions they were accepted under, form, materials. */
final class Json {
    private static final ObjectMapper MAPPER = org.qinqing.hall.json.JsonMappers.stored();

    /**
     * A shared material as stored with the composite case.
     *
     * @param code shared material code
     * @param vaultId the vault copy of an upload or a reused material, or {@code null}
     * @param presented original shown at the counter
     * @param title title
     * @param validUntil last valid day (ISO), or {@code null}
     */
    record SharedMaterial(String code, Long vaultId, boolean presented, String title, String validUntil) {
    }

    /**
     * Profile data for a party seen for the first time.
     *
     * @param name name
     * @param fields further fields
     */
    record Profile(String name, Map<String, String> fields) {
    }

    private Json() {
    }

    static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + o.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static Step step(String json) {
        return read(json, new TypeReference<Step>() { });
    }

    static Map<String, Object> form(String json) {
        return read(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    static List<SharedMaterial> materials(String json) {
        return read(json, new TypeReference<List<SharedMaterial>>() { });
    }

    static Profile profile(String json) {
        return json == null ? null : read(json, new TypeReference<Profile>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored composite JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
