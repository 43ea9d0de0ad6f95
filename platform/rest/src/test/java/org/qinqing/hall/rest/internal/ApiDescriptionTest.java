package org.qinqing.hall.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;
import org.qinqing.hall.rest.internal.auth.Allow;

/**
 * The description is complete: every resource method the hall mounts is in it, with its roles, an answer schema
 * when it answers a body, and the JSON error on 4xx/5xx. A new endpoint that the reader misses fails here.
 */
public class ApiDescriptionTest {
    private static OpenAPI api;

    @BeforeClass
    public static void read() {
        api = ApiDescription.build();
    }

    @Test
    public void everyResourceMethodIsDescribedWithItsRoles() {
        List<String> missing = new ArrayList<>();
        int count = 0;
        for (Class<?> resource : ApiResources.ALL) {
            for (Method m : resource.getMethods()) {
                String verb = ApiDescription.verb(m);
                if (verb == null) {
                    continue;
                }
                count++;
                String path = ApiDescription.path(resource, m);
                Operation op = ApiDescription.operation(api, path, verb);
                if (op == null) {
                    missing.add(verb + " " + path + " (" + resource.getSimpleName() + "." + m.getName() + ")");
                    continue;
                }
                Allow allow = m.getAnnotation(Allow.class);
                Object roles = op.getExtensions().get(ApiDescription.ROLES);
                assertEquals(verb + " " + path, allow == null ? List.of("public") : List.of(allow.value()), roles);
                assertEquals(verb + " " + path + " security", allow == null, op.getSecurity().isEmpty());
            }
        }
        assertTrue("resource methods missing from the description: " + missing, missing.isEmpty());
        assertTrue("the hall has dozens of endpoints, found " + count, count > 40);
    }

    @Test
    public void everyOperationAnswersErrorsAsTheErrorSchemaAndBodiesWithASchema() {
        List<String> without = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((verb, op) -> {
            assertTrue(verb + " " + path + " has a 2xx answer, not only default: " + op.getResponses().keySet(),
                    op.getResponses().keySet().stream().anyMatch(k -> k.startsWith("2")));
            for (String range : List.of("4XX", "5XX")) {
                ApiResponse r = op.getResponses().get(range);
                assertNotNull(verb + " " + path + " " + range, r);
                assertEquals("#/components/schemas/Error", r.getContent().get("application/json").getSchema().get$ref());
            }
            for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
                Content c = e.getValue().getContent();
                if (e.getKey().startsWith("2") && !e.getKey().equals("204") && (c == null || c.containsKey("*/*")
                        || c.isEmpty() || c.values().iterator().next().getSchema() == null)) {
                    without.add(verb + " " + path + " " + e.getKey());
                }
            }
        }));
        assertTrue("2xx answers without a schema: " + without, without.isEmpty());
        assertNotNull(api.getComponents().getSchemas().get("Error").getProperties().get("field"));
    }

    @Test
    public void requestBodiesCarryTheRecordsFields() {
        Operation intake = ApiDescription.operation(api, "/cases", "POST");
        String ref = intake.getRequestBody().getContent().get("application/json").getSchema().get$ref();
        assertEquals("#/components/schemas/CaseRequest", ref);
        assertTrue(api.getComponents().getSchemas().get("CaseRequest").getProperties().keySet()
                .containsAll(List.of("itemCode", "applicantNumber", "form", "materials", "channel", "window")));
    }

    @Test
    public void writesJson() {
        String json = ApiDescription.json();
        assertTrue(json, json.startsWith("{\"openapi\":\"3."));
    }
}
