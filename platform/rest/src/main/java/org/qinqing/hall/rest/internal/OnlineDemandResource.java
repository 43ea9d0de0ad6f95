package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.directline.DemandRequest;
import org.qinqing.hall.directline.Demands;
import org.qinqing.hall.online.ActingFor;
import org.qinqing.hall.online.Applicants;
import org.qinqing.hall.rest.internal.DirectJson.DemandCreated;
import org.qinqing.hall.rest.internal.DirectJson.DemandJson;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.spi.Channel;

/**
 * {@code /api/v1/online/demands}: an enterprise's side of the direct line,
 * for an applicant acting as the enterprise's registered agent (经办人). Another enterprise's demand → 404.
 */
@Path("online/demands")
@Produces(MediaType.APPLICATION_JSON)
public class OnlineDemandResource {
    private final Demands demands;
    private final Applicants applicants;

    @Context
    private UriInfo uri;

    public OnlineDemandResource(Demands demands, Applicants applicants) {
        this.demands = demands;
        this.applicants = applicants;
    }

    private static Actor applicant(SecurityContext security) {
        return Actors.applicant(security, Channel.ONLINE);
    }

    /** Raises a demand for an enterprise the applicant is an agent of. */
    @POST
    @Allow(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", description = "the demand's number, status and deadlines",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DemandCreated.class)))
    public Response submit(DemandRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        DemandCreated d = DemandCreated.of(demands.submit(request, applicant(security)));
        return Response.created(URI.create("online/demands/" + d.demandNumber())).entity(d).build();
    }

    /** The enterprise's demands ({@code ?enterprise=}; without it, those of every enterprise the applicant is an agent of), newest first. */
    @GET
    @Allow(Roles.APPLICANT)
    public List<DemandJson> list(@QueryParam("enterprise") String enterprise, @Context SecurityContext security) {
        QueryParams.only(uri, "enterprise");
        Actor a = applicant(security);
        if (enterprise != null && !enterprise.isBlank()) {
            return demands.ofEnterprise(enterprise.trim(), a).stream().map(DemandJson::of).toList();
        }
        List<DemandJson> out = new java.util.ArrayList<>();
        for (ActingFor e : applicants.actingFor(a.id())) {
            try {
                demands.ofEnterprise(e.number(), a).forEach(d -> out.add(DemandJson.of(d)));
            } catch (HallException notAnAgent) {
                // a legal representative who is not a registered agent: the direct line acts through agents only
            }
        }
        return out;
    }

    /** The categories a demand may be raised under (the routing table), for the portal's form. */
    @GET
    @Path("categories")
    @Allow(Roles.APPLICANT)
    public List<org.qinqing.hall.directline.DemandCategory> categories() {
        QueryParams.only(uri);
        return demands.categories();
    }

    /** One demand of the applicant's enterprise. */
    @GET
    @Path("{number}")
    @Allow(Roles.APPLICANT)
    public DemandJson get(@PathParam("number") String number, @Context SecurityContext security) {
        QueryParams.only(uri);
        return DemandJson.of(demands.get(number, applicant(security)));
    }

    /** The enterprise's reason to reopen an answered demand. */
    public record ReopenRequest(String reason) {
    }

    /** Reopens an answered demand within 5 working days of its answer. */
    @POST
    @Path("{number}/reopen")
    @Allow(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    public DemandJson reopen(@PathParam("number") String number, ReopenRequest in, @Context SecurityContext security) {
        QueryParams.only(uri);
        return DemandJson.of(demands.reopen(number, in == null ? null : in.reason(), applicant(security)));
    }
}
