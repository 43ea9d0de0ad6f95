package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseQuery;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.CompositeCase;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.requests.ActionRequest;
import org.qinqing.hall.rest.internal.requests.CaseRequest;
import org.qinqing.hall.rest.internal.views.CaseJson;
import org.qinqing.hall.rest.internal.views.CompositeJson;
import org.qinqing.hall.spi.Channel;

/** {@code /api/v1/cases}: one-window intake and the case lifecycle for staff. */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {
    private final Cases cases;
    private final Composites composites;

    @Context
    private UriInfo uri;

    /** @param cases the case service @param composites composite cases (numbers starting NC) */
    public CaseResource(Cases cases, Composites composites) {
        this.cases = cases;
        this.composites = composites;
    }

    /**
     * Intake at any window for any item (clerk). {@code Idempotency-Key} makes a retry return the
     * first case. 201 with the case and its receipt. For a composite item the case is a composite
     * case with its steps.
     */
    @POST
    @Allow(Roles.CLERK)
    @ApiResponse(responseCode = "201", description = "the case with its receipt; for a composite item the composite case with its steps", content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {CaseJson.class, CompositeJson.Case.class})))
    public Response submit(CaseRequest request, @HeaderParam("Idempotency-Key") String key, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (request == null) {
            throw HallException.invalid(null, "the body must be a JSON object with itemCode, applicantNumber, form, materials, channel, window");
        }
        org.qinqing.hall.api.Actor actor = Actors.staff(security, CaseRequest.channel(request.channel()), request.window());
        if (request.itemCode() != null && composites.composite(request.itemCode()).isPresent()) {
            CompositeCase c = composites.submit(request.submission(key), actor);
            return Response.created(URI.create("cases/" + c.caseNumber())).entity(CompositeJson.Case.of(c)).build();
        }
        CaseView v = cases.submit(request.submission(key), actor);
        return Response.created(URI.create("cases/" + v.caseNumber())).entity(CaseJson.of(v)).build();
    }

    /** Lists cases; approvers see their own departments only. */
    @GET
    @Allow({Roles.CLERK, Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<CaseJson.Summary> list(@QueryParam("status") String status, @QueryParam("department") String department,
            @QueryParam("item") String item, @QueryParam("applicant") String applicant, @QueryParam("limit") Integer limit,
            @QueryParam("offset") Integer offset, @QueryParam("open") Boolean open, @QueryParam("order") String order,
            @Context SecurityContext security) {
        QueryParams.only(uri, "status", "department", "item", "applicant", "limit", "offset", "open", "order");
        if (order != null && !order.equals("deadline") && !order.equals("newest")) {
            throw HallException.invalid("order", "order is newest (default) or deadline (nearest promised deadline first)");
        }
        CaseStatus s = null;
        if (status != null) {
            try {
                s = CaseStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw HallException.invalid("status", "unknown status '" + status + "'; statuses are " + List.of(CaseStatus.values()));
            }
        }
        int l = limit == null ? 50 : limit;
        if (l < 1 || l > 500) {
            throw HallException.invalid("limit", "limit is 1 to 500");
        }
        int o = offset == null ? 0 : offset;
        if (o < 0) {
            throw HallException.invalid("offset", "offset may not be negative");
        }
        return cases.list(new CaseQuery(s, department, item, applicant, l, o, Boolean.TRUE.equals(open), "deadline".equals(order)),
                Actors.staff(security, null, null)).stream()
                .map(CaseJson.Summary::of).toList();
    }

    /** One case with its materials, clocks and timeline; a composite case with its steps. */
    @GET
    @Path("{number}")
    @Allow({Roles.CLERK, Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    @ApiResponse(responseCode = "200", description = "the case; a composite case (NC…) with its steps", content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {CaseJson.class, CompositeJson.Case.class})))
    public Object get(@PathParam("number") String number, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (Composites.isCompositeNumber(number)) {
            return CompositeJson.Case.of(composites.get(number, Actors.staff(security, null, null)));
        }
        return CaseJson.of(cases.get(number, Actors.staff(security, null, null)));
    }

    /**
     * An action: review, request-supplement, supplement, suspend, resume, approve, deny, complete,
     * withdraw, extend. Approvers act for their own department; clerks supplement, complete and
     * withdraw; supervisors extend.
     */
    @POST
    @Path("{number}/{action}")
    @Allow({Roles.CLERK, Roles.APPROVER, Roles.SUPERVISOR})
    @ApiResponse(responseCode = "200", description = "the case after the action; a composite case after complete", content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {CaseJson.class, CompositeJson.Case.class})))
    public Object act(@PathParam("number") String number, @PathParam("action") String action, ActionRequest request,
            @Context SecurityContext security) {
        QueryParams.only(uri);
        CaseAction a = CaseAction.fromPath(action);
        if (a == null) {
            throw HallException.notFound("unknown_action", "no action '" + action + "'; actions are "
                    + List.of(CaseAction.values()).stream().map(CaseAction::path).toList());
        }
        ActionRequest r = request == null ? new ActionRequest(null, null, null, null, null, null, null, null, null) : request;
        if (r.accessCode() != null) {
            throw HallException.invalid("accessCode", "staff act with their login; the access code is for the applicant's own requests");
        }
        if (Composites.isCompositeNumber(number)) {
            if (a != CaseAction.COMPLETE) {
                throw HallException.conflict("illegal_transition", "a composite case is decided step by step: " + action
                        + " the step's own case (its caseNumber in steps); the composite itself is only completed (delivery)");
            }
            Channel counter = r.window() == null ? null : Channel.COUNTER;
            return CompositeJson.Case.of(composites.complete(number, r.delivery(), Actors.staff(security, counter, r.window())));
        }
        Channel channel = r.window() == null ? null : Channel.COUNTER;
        return CaseJson.of(cases.act(number, a, r.input(), Actors.staff(security, channel, r.window())));
    }
}
