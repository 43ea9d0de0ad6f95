package org.qinqing.hall.cases.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON columns of the case table: form values and findings. */
final class JsonCodec {
    static final ObjectMapper MAPPER = org.qinqing.hall.json.JsonMappers.stored();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> LIST = new TypeReference<>() { };

    private JsonCodec() {
    }

    /** Typed form values as JSON: dates become ISO strings, decimals numbers. */
    static String form(Map<String, Object> typed) {
        Map<String, Object> plain = new LinkedHashMap<>();
        typed.forEach((k, v) -> plain.put(k, v instanceof LocalDate ? v.toString() : v));
        return write(plain);
    }

    static Map<String, Object> readForm(String json) {
        try {
            Map<String, Object> m = MAPPER.readValue(json, MAP);
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, v instanceof Double d ? BigDecimal.valueOf(d) : v)); // decimals read as BigDecimal; a Double only from an older mapper
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt form column", e);
        }
    }

    static String findings(List<Map<String, String>> findings) {
        return write(findings);
    }

    static List<Map<String, String>> readFindings(String json) {
        try {
            return MAPPER.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt findings column", e);
        }
    }

    static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
