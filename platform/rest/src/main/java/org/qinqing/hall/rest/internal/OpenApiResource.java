package org.qinqing.hall.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.qinqing.hall.rest.internal.auth.Public;

/** {@code /api/v1/openapi.json}: the OpenAPI 3 description of this API (public: it holds no data). */
@Path("openapi.json")
public class OpenApiResource {
    private volatile String document;

    /** @return the description, built from the resources on first request */
    @GET
    @Public
    @Produces(MediaType.APPLICATION_JSON)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the OpenAPI 3 document",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object")))
    public String get() {
        String d = document;
        if (d == null) {
            d = ApiDescription.json();
            document = d;
        }
        return d;
    }
}
