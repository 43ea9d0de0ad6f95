package org.qinqing.hall.itests.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generates values for a schema: mostly plausible, often hostile (boundaries, wrong types, huge, unicode, injection). */
final class Values {
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Strings an attacker tries: injection, traversal, control characters, unicode edge cases. */
    static final List<String> HOSTILE = List.of("", " ", "' OR '1'='1", "1; DROP TABLE cases; --", "\" OR \"\"=\"",
            "<script>alert(1)</script>", "../../../../etc/passwd", "..\\..\\windows", "%00", "\u0000", "\u202e\u0041",
            "𠀀𠀁", "亲清政务大厅", "null", "undefined", "NaN", "-1", "0", "99999999999999999999999", "1e309",
            "${jndi:ldap://x/a}", "{{7*7}}", "%s%s%s%n", "\r\nX-Injected: 1", "A".repeat(300), "\uFFFF\uFFFE",
            "\uD800", "true", "[]", "{}");
    /** Values that look like the hall's own: ID numbers (valid and not), credit codes, item and case numbers. */
    static final List<String> PLAUSIBLE = List.of("11010519491231002X", "440524188001010014", "44030519900101123X",
            "110105194912310021", "91110000600037341L", "91440300123456788M", "NS202601010000001", "NC202601010000001",
            "hr-talent-introduction", "police-residence-permit", "hr", "police", "health", "2026-01-05", "2027-13-45",
            "counter", "online", "MAIL", "ELECTRONIC", "WINDOW", "approve", "deny", "review", "1", "2026");

    private final Random random;
    private final Map<String, JsonNode> components;

    Values(Random random, Map<String, JsonNode> components) {
        this.random = random;
        this.components = components;
    }

    String string() {
        int r = random.nextInt(10);
        if (r < 4) {
            return pick(PLAUSIBLE);
        }
        if (r < 8) {
            return pick(HOSTILE);
        }
        if (r < 9) {
            return "x".repeat(random.nextInt(5000) + 1);
        }
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(20); i > 0; i--) {
            b.appendCodePoint(random.nextInt(5) == 0 ? 0x4e00 + random.nextInt(0x5000) : 0x20 + random.nextInt(0x5f));
        }
        return b.toString();
    }

    String number() {
        return pick(List.of("0", "-1", "1", "2", "7", "20", "501", "2147483647", "2147483648", "-2147483649",
                "9223372036854775807", "9223372036854775808", "1.5", "1e3", "abc", "", "0x10"));
    }

    /** @return a JSON value for a schema; sometimes of the wrong type on purpose */
    JsonNode value(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (random.nextInt(12) == 0 || depth > 4) {
            return wrong();
        }
        if (s.has("oneOf")) {
            return value(s.get("oneOf").get(random.nextInt(s.get("oneOf").size())), depth);
        }
        String type = s.path("type").asText("object");
        switch (type) {
            case "string" -> {
                if (s.has("enum")) {
                    return F.textNode(s.get("enum").get(random.nextInt(s.get("enum").size())).asText());
                }
                return F.textNode(string());
            }
            case "integer" -> {
                String n = number();
                try {
                    return F.numberNode(new java.math.BigDecimal(n).toBigInteger());
                } catch (NumberFormatException e) {
                    return F.textNode(n);
                }
            }
            case "number" -> {
                return F.numberNode(random.nextDouble() * (random.nextBoolean() ? 1e12 : -10));
            }
            case "boolean" -> {
                return F.booleanNode(random.nextBoolean());
            }
            case "array" -> {
                ArrayNode a = F.arrayNode();
                for (int i = random.nextInt(random.nextInt(10) == 0 ? 200 : 3); i > 0; i--) {
                    a.add(value(s.path("items"), depth + 1));
                }
                return a;
            }
            default -> {
                return object(s, depth);
            }
        }
    }

    /** An object for a schema: some fields left out, sometimes an unknown one added. */
    ObjectNode object(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        ObjectNode o = F.objectNode();
        JsonNode props = s.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            if (random.nextInt(4) != 0) {
                o.set(p.getKey(), value(p.getValue(), depth + 1));
            }
        }
        if (s.has("additionalProperties") && s.get("additionalProperties").isObject()) {
            for (int i = random.nextInt(4); i > 0; i--) {
                o.set(string(), value(s.get("additionalProperties"), depth + 1));
            }
        }
        if (random.nextInt(8) == 0) {
            o.put(pick(List.of("status", "caseNumber", "approver", "legalDeadline", "__proto__", "id")), string());
        }
        return o;
    }

    private JsonNode wrong() {
        return switch (random.nextInt(6)) {
            case 0 -> F.nullNode();
            case 1 -> F.textNode(string());
            case 2 -> F.numberNode(random.nextLong());
            case 3 -> F.booleanNode(true);
            case 4 -> F.arrayNode().add(1).add("x");
            default -> F.objectNode().put("x", 1);
        };
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema == null ? F.objectNode() : schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            s = components.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), F.objectNode());
        }
        return s;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
