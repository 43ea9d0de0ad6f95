package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.directline.DemandCategory;
import org.qinqing.hall.directline.DemandRequest;
import org.qinqing.hall.directline.Demands;
import org.qinqing.hall.rest.internal.DirectJson.DemandCreated;
import org.qinqing.hall.rest.internal.DirectJson.DemandJson;
import org.qinqing.hall.rest.internal.auth.Allow;

/**
 * {@code /api/v1/demands}: enterprises' demands (诉求) on the staff side. Staff see the demands of their own departments
 * (supervisors and admins all) and act on them; a clerk enters a demand an enterprise brings to the hall; admins keep the
 * routing table. Enterprises raise theirs online at {@code /api/v1/online/demands}.
 */
@Path("demands")
@Produces(MediaType.APPLICATION_JSON)
public class DemandResource {
    private final Demands demands;

    @Context
    private UriInfo uri;

    public DemandResource(Demands demands) {
        this.demands = demands;
    }

    /** A clerk enters a demand for an enterprise. */
    @POST
    @Allow({Roles.CLERK, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", description = "the demand's number, status and deadlines",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DemandCreated.class)))
    public Response submit(DemandRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        DemandCreated d = DemandCreated.of(demands.submit(request, Actors.staff(security, null, null)));
        return Response.created(URI.create("demands/" + d.demandNumber())).entity(d).build();
    }

    /** Demands of the caller's departments, newest first. */
    @GET
    @Allow({Roles.APPROVER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public List<DemandJson> list(@QueryParam("status") String status, @Context SecurityContext security) {
        QueryParams.only(uri, "status");
        return demands.list(status == null || status.isBlank() ? null : status.trim(), Actors.staff(security, null, null)).stream()
                .map(DemandJson::of).toList();
    }

    /** The routing table. */
    @GET
    @Path("categories")
    @Allow({Roles.APPROVER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public List<DemandCategory> categories() {
        QueryParams.only(uri);
        return demands.categories();
    }

    /** Sets a row of the routing table. */
    @PUT
    @Path("categories/{code}")
    @Allow(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public DemandCategory putCategory(@PathParam("code") String code, DemandCategory in, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (in == null) {
            throw HallException.invalid(null, "the body is a JSON object with name, department, responseDays, answerDays");
        }
        return demands.putCategory(new DemandCategory(code, in.name(), in.department(), in.responseDays(), in.answerDays()),
                Actors.staff(security, null, null));
    }

    /** One demand, if it is the caller's department's. */
    @GET
    @Path("{number}")
    @Allow({Roles.APPROVER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public DemandJson get(@PathParam("number") String number, @Context SecurityContext security) {
        QueryParams.only(uri);
        return DemandJson.of(demands.get(number, Actors.staff(security, null, null)));
    }

    /** A staff action's input: the officer (assign), answer, or reason; the new department (reassign). */
    public record ActionBody(String text, String department) {
    }

    /** assign, start, answer, reassign, reject or close. */
    @POST
    @Path("{number}/{action}")
    @Allow({Roles.APPROVER, Roles.SUPERVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public DemandJson act(@PathParam("number") String number, @PathParam("action") String action, ActionBody in,
            @Context SecurityContext security) {
        QueryParams.only(uri);
        ActionBody b = in == null ? new ActionBody(null, null) : in;
        return DemandJson.of(demands.act(number, action, b.text(), b.department(), Actors.staff(security, null, null)));
    }

    /** Fires the escalation rungs due today now (the SLA scan also does). */
    @POST
    @Path("escalate")
    @Allow(Roles.ADMIN)
    public Map<String, Integer> escalate() {
        QueryParams.only(uri);
        return Map.of("escalated", demands.escalate());
    }
}
