package org.qinqing.hall.itests.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One operation of the description, as the fuzzer needs it. */
record Operation(String method, String path, List<JsonNode> parameters, String bodyType, JsonNode bodySchema,
        List<String> roles, JsonNode answerSchema) {

    /** @return every operation of an OpenAPI document */
    static List<Operation> all(JsonNode api) {
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = api.path("paths").fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext();) {
                Map.Entry<String, JsonNode> op = o.next();
                JsonNode v = op.getValue();
                List<JsonNode> params = new ArrayList<>();
                v.path("parameters").forEach(params::add);
                String bodyType = null;
                JsonNode bodySchema = null;
                for (Iterator<Map.Entry<String, JsonNode>> c = v.path("requestBody").path("content").fields(); c.hasNext();) {
                    Map.Entry<String, JsonNode> e = c.next();
                    if (bodyType == null || e.getKey().contains("json")) {
                        bodyType = e.getKey();
                        bodySchema = e.getValue().path("schema");
                    }
                }
                List<String> roles = new ArrayList<>();
                v.path("x-roles").forEach(r -> roles.add(r.asText()));
                JsonNode answer = null;
                for (Iterator<Map.Entry<String, JsonNode>> r = v.path("responses").fields(); r.hasNext();) {
                    Map.Entry<String, JsonNode> e = r.next();
                    JsonNode json = e.getValue().path("content").path("application/json");
                    if ((e.getKey().startsWith("2") || e.getKey().equals("default")) && json.has("schema")) {
                        answer = json.get("schema");
                    }
                }
                out.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), params, bodyType,
                        bodySchema, roles, answer));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
