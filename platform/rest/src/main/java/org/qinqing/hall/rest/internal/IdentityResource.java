package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.IdentityCheck;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.Public;
import org.qinqing.hall.rest.internal.auth.RateLimiter;

/** {@code /api/v1/identity}: 一证一码 checks as the clerk types, and supervisor overrides of credit codes. */
@Path("identity")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityResource {
    private final Parties parties;
    private final RateLimiter limiter;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest http;

    /** @param parties identity service @param limiter rate limiter for public checks */
    public IdentityResource(Parties parties, RateLimiter limiter) {
        this.parties = parties;
        this.limiter = limiter;
    }

    /**
     * Contract: {@code {"valid", "kind": "person"|"enterprise", "message"}} (plus {@code masked},
     * {@code overridden}). Public and rate-limited.
     */
    @GET
    @Path("check")
    @Public
    public IdentityCheck check(@QueryParam("number") String number) {
        QueryParams.only(uri, "number");
        limiter.acquire(http.getRemoteAddr());
        if (number == null) {
            throw HallException.invalid("number", "give the number to check: ?number=...");
        }
        if (number.length() > 64) {
            throw HallException.invalid("number", "a party number has 18 characters");
        }
        return parties.check(number);
    }

    /** A supervisor's override. */
    public record OverrideRequest(String number, String reason) {
    }

    /** A supervisor accepts a credit code that fails its check character; audited. */
    @POST
    @Path("overrides")
    @Allow(Roles.SUPERVISOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", description = "the check of the number, now accepted", content = @Content(mediaType = "application/json", schema = @Schema(implementation = IdentityCheck.class)))
    public Response override(OverrideRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (request == null) {
            throw HallException.invalid(null, "the body must be {\"number\", \"reason\"}");
        }
        parties.overrideCreditCode(request.number(), request.reason(), Actors.staff(security, null, null));
        return Response.status(201).entity(parties.check(request.number())).build();
    }
}
