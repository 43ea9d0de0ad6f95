package org.qinqing.hall.parties.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.Map;

/** String maps as JSON columns. */
final class Json {
    private static final ObjectMapper MAPPER = org.qinqing.hall.json.JsonMappers.stored();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private Json() {
    }

    static String write(Map<String, String> map) {
        try {
            return MAPPER.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the map, unmodifiable (profiles and materials holding it are shared by a cache) */
    static Map<String, String> read(String json) {
        try {
            return json == null || json.isEmpty() ? Map.of() : Collections.unmodifiableMap(MAPPER.readValue(json, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
