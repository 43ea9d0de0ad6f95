package org.qinqing.hall.rest.internal;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.Public;
import org.qinqing.hall.rest.internal.auth.Sessions;

/**
 * The OpenAPI 3 description of the whole API, read by swagger-core from the resource classes (paths, parameters,
 * request and answer schemas from the records they take and return) and completed from the hall's own annotations:
 * every operation's roles ({@code x-roles}, and a {@code security} requirement unless it is public) and the JSON
 * error on every 4xx and 5xx answer.
 */
final class ApiDescription {
    static final String ERROR_SCHEMA = "Error";
    static final String ROLES = "x-roles";
    static final String PUBLIC = "public";

    private ApiDescription() {
    }

    /** @return the document as JSON */
    static String json() {
        try {
            return Json.mapper().writeValueAsString(build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document cannot be written", e);
        }
    }

    /** @return the document */
    static OpenAPI build() {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Qinqing Hall API 亲清政务大厅").version("1")
                        .description("The hall's REST API. Errors are {\"error\",\"message\",\"field\"} on every 4xx and 5xx. "
                                + "Staff log in with HTTP Basic or a session from POST /session; x-roles names the roles "
                                + "an operation accepts (public: no login)."))
                .servers(List.of(new Server().url("/api/v1")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name(Sessions.COOKIE)
                                .description("from POST /session; requests that change something also send X-Hall-Request: 1")));
        SwaggerConfiguration config = new SwaggerConfiguration().openAPI(base).readAllResources(true).sortOutput(true);
        Reader reader = new Reader(config);
        OpenAPI api = reader.read(new LinkedHashSet<>(ApiResources.ALL));
        Map<String, Schema> error = ModelConverters.getInstance().read(ErrorBody.class);
        api.getComponents().addSchemas(ERROR_SCHEMA, error.get(ErrorBody.class.getSimpleName()));
        for (Class<?> resource : ApiResources.ALL) {
            for (Method m : resource.getMethods()) {
                String verb = verb(m);
                if (verb != null) {
                    complete(operation(api, path(resource, m), verb), m);
                }
            }
        }
        return api;
    }

    private static void complete(Operation op, Method m) {
        if (op == null) {
            return;
        }
        Allow allow = m.getAnnotation(Allow.class);
        List<String> roles = allow == null ? List.of(PUBLIC) : List.of(allow.value());
        op.addExtension(ROLES, roles);
        if (m.isAnnotationPresent(Public.class) || allow == null) {
            op.setSecurity(List.of());
        } else {
            op.setSecurity(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("session")));
        }
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        // swagger-core writes an unannotated success as "default", which would also cover the errors: it is the 200
        if (responses.containsKey("default") && responses.keySet().stream().noneMatch(k -> k.startsWith("2"))) {
            responses.addApiResponse("200", responses.remove("default"));
        }
        // a resource without @Produces is read as "*/*"; the hall answers (and reads) JSON there: say so
        responses.values().forEach(r -> json(r.getContent()));
        if (op.getRequestBody() != null) {
            json(op.getRequestBody().getContent());
        }
        Content json = new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA)));
        responses.addApiResponse("4XX", new ApiResponse().description("refused: {\"error\",\"message\",\"field\"}"
                + (allow == null ? "" : "; 401 without a login, 403 without one of the roles")).content(json));
        responses.addApiResponse("5XX", new ApiResponse().description("failed: {\"error\",\"message\"} with an incident id")
                .content(json));
        op.setResponses(responses);
    }

    private static void json(Content content) {
        if (content != null && content.containsKey("*/*") && !content.containsKey("application/json")) {
            content.addMediaType("application/json", content.remove("*/*"));
        }
    }

    /** @return the operation of a path and verb, or {@code null} */
    static Operation operation(OpenAPI api, String path, String verb) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
        if (item == null) {
            return null;
        }
        return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(verb));
    }

    /** @return the HTTP method of a resource method, or {@code null} if it is not one */
    static String verb(Method m) {
        for (java.lang.annotation.Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** @return the path of a resource method as the description writes it: {@code /cases/{number}} */
    static String path(Class<?> resource, Method m) {
        List<String> parts = new ArrayList<>();
        Path c = resource.getAnnotation(Path.class);
        Path p = m.getAnnotation(Path.class);
        for (Path x : new Path[] {c, p}) {
            if (x != null) {
                for (String s : x.value().split("/")) {
                    if (!s.isEmpty()) {
                        parts.add(s.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}"));
                    }
                }
            }
        }
        return "/" + String.join("/", parts);
    }
}
