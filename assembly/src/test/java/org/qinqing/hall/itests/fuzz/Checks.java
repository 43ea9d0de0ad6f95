package org.qinqing.hall.itests.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every answer must satisfy, whatever was sent. Each method returns what is wrong, or {@code null}. */
final class Checks {
    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx])(?![0-9A-Za-z])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Set<String> ERROR_MEMBERS = Set.of("error", "message", "field");

    private Checks() {
    }

    /** Not 2xx: the JSON error and nothing else. */
    static String errorShape(int status, String contentType, JsonNode body) {
        if (contentType == null || !contentType.toLowerCase().contains("application/json")) {
            return "error " + status + " answered as " + contentType;
        }
        if (body == null || !body.isObject() || !body.path("error").isTextual() || !body.path("message").isTextual()) {
            return "error " + status + " is not {\"error\",\"message\",\"field\"}";
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!ERROR_MEMBERS.contains(f)) {
                return "error " + status + " has an extra member '" + f + "'";
            }
        }
        if (body.path("message").asText().contains("Exception") || body.path("message").asText().contains("\tat ")) {
            return "error " + status + " shows a stack trace or exception: " + body.path("message").asText();
        }
        return null;
    }

    /** @return a resident ID number with a valid check character and a real birth date found in the text */
    static String unmaskedId(String text) {
        Matcher m = ID.matcher(text);
        while (m.find()) {
            if (valid(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    static boolean valid(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        if (Character.toUpperCase(id.charAt(17)) != CHECK.charAt(sum % 11)) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.parse(id.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
            return birth.getYear() > 1890 && !birth.isAfter(LocalDate.now());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * A 2xx answer against its documented schema: every member it carries is documented with a compatible type
     * (a member the description does not know is a disagreement).
     */
    static String conforms(JsonNode value, JsonNode schema, Values values, String where) {
        JsonNode s = values.resolve(schema);
        if (value == null || value.isNull() || s.isEmpty()) {
            return null;
        }
        if (s.has("oneOf")) {
            String first = null;
            for (JsonNode alt : s.get("oneOf")) {
                String r = conforms(value, alt, values, where);
                if (r == null) {
                    return null;
                }
                first = first == null ? r : first;
            }
            return first;
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "");
        switch (type) {
            case "string" -> {
                return value.isTextual() ? null : where + " is " + value.getNodeType() + ", documented string";
            }
            case "integer" -> {
                return value.isIntegralNumber() ? null : where + " is " + value.getNodeType() + ", documented integer";
            }
            case "number" -> {
                return value.isNumber() ? null : where + " is " + value.getNodeType() + ", documented number";
            }
            case "boolean" -> {
                return value.isBoolean() ? null : where + " is " + value.getNodeType() + ", documented boolean";
            }
            case "array" -> {
                if (!value.isArray()) {
                    return where + " is " + value.getNodeType() + ", documented array";
                }
                for (int i = 0; i < value.size(); i++) {
                    String r = conforms(value.get(i), s.path("items"), values, where + "[" + i + "]");
                    if (r != null) {
                        return r;
                    }
                }
                return null;
            }
            case "object" -> {
                if (!value.isObject()) {
                    return where + " is " + value.getNodeType() + ", documented object";
                }
                JsonNode props = s.path("properties");
                JsonNode extra = s.path("additionalProperties");
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> f = it.next();
                    JsonNode p = props.get(f.getKey());
                    if (p == null && extra.isObject()) {
                        p = extra;
                    }
                    if (p == null) {
                        if (props.size() == 0 && !extra.isBoolean()) {
                            continue; // a free-form object (a form, a map)
                        }
                        return where + "." + f.getKey() + " is not in the description";
                    }
                    String r = conforms(f.getValue(), p, values, where + "." + f.getKey());
                    if (r != null) {
                        return r;
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }
}
