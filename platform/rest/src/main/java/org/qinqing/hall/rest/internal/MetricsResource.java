package org.qinqing.hall.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.metrics.HallMetrics;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.Loopback;

/**
 * {@code /api/v1/metrics}: every meter in the Prometheus text format, for admins, and for a
 * scraper on the hall's machine while {@code allowLoopback} is on.
 */
@Path("metrics")
public class MetricsResource {
    private final HallMetrics metrics;

    @Context
    private UriInfo uri;

    public MetricsResource(HallMetrics metrics) {
        this.metrics = metrics;
    }

    /** @return the scrape, {@code text/plain; version=0.0.4} whatever the caller accepts (as Prometheus expects) */
    @GET
    @Allow(Roles.ADMIN)
    @Loopback
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "every meter in the Prometheus text exposition format",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/plain", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    public Response scrape() {
        QueryParams.only(uri);
        return Response.ok(metrics.scrape()).header("Content-Type", metrics.contentType()).header("Cache-Control", "no-store").build();
    }
}
