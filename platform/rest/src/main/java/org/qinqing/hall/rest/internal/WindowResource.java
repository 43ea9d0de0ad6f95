package org.qinqing.hall.rest.internal;

import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.floor.Call;
import org.qinqing.hall.floor.Floor;
import org.qinqing.hall.floor.Window;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.spi.Channel;

/**
 * {@code /api/v1/windows/{window}}: a clerk signs in to a window and calls (叫号) from it. Every
 * call needs the caller signed in to that window (else 403).
 */
@Path("windows/{window}")
@Produces(MediaType.APPLICATION_JSON)
public class WindowResource {
    private final Floor floor;
    private final Cases cases;

    @Context
    private UriInfo uri;

    public WindowResource(Floor floor, Cases cases) {
        this.floor = floor;
        this.cases = cases;
    }

    /** The caller serves at this window, and at no other, until sign-out. */
    @POST
    @Path("sign-in")
    @Allow(Roles.CLERK)
    public Window signIn(@PathParam("window") String window, @Context SecurityContext security) {
        QueryParams.only(uri);
        return floor.signIn(window, clerk(security));
    }

    /** Leaves the window. */
    @POST
    @Path("sign-out")
    @Allow(Roles.CLERK)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "the caller no longer serves at the window")
    public Response signOut(@PathParam("window") String window, @Context SecurityContext security) {
        QueryParams.only(uri);
        floor.signOut(window, clerk(security));
        return Response.noContent().build();
    }

    /** Calls the next ticket for this window (the one before is finished); 204 when nobody waits for it. */
    @POST
    @Path("call-next")
    @Allow(Roles.CLERK)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the ticket called to this window",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = FloorJson.CallJson.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "nobody waits for this window")
    public Response callNext(@PathParam("window") String window, @Context SecurityContext security) {
        QueryParams.only(uri);
        Optional<Call> c = floor.callNext(window, clerk(security));
        return c.isPresent() ? Response.ok(FloorJson.call(c.get(), false)).build() : Response.noContent().build();
    }

    /** Calls the current ticket again. */
    @POST
    @Path("recall")
    @Allow(Roles.CLERK)
    public FloorJson.CallJson recall(@PathParam("window") String window, @Context SecurityContext security) {
        QueryParams.only(uri);
        return FloorJson.call(floor.recall(window, clerk(security)), false);
    }

    /** The current ticket did not come (only after a recall). */
    @POST
    @Path("no-show")
    @Allow(Roles.CLERK)
    public FloorJson.CallJson noShow(@PathParam("window") String window, @Context SecurityContext security) {
        QueryParams.only(uri);
        return FloorJson.call(floor.noShow(window, clerk(security)), false);
    }

    /** Where a transferred ticket goes: a queue or a window of the same site. */
    public record TransferRequest(String queue, String window) {
    }

    /** Sends the current ticket to another queue or window, keeping its place. */
    @POST
    @Path("transfer")
    @Allow(Roles.CLERK)
    @Consumes(MediaType.APPLICATION_JSON)
    public FloorJson.TicketJson transfer(@PathParam("window") String window, TransferRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (request == null) {
            throw HallException.invalid("queue", "give either queue or window");
        }
        return FloorJson.ticket(floor.transfer(window, clerk(security), request.queue(), request.window()));
    }

    /** Starts serving the current ticket: the answer's {@code intake} opens the intake screen with its applicant and item. */
    @POST
    @Path("serve")
    @Allow(Roles.CLERK)
    public FloorJson.CallJson serve(@PathParam("window") String window, @Context SecurityContext security) {
        QueryParams.only(uri);
        return FloorJson.call(floor.serve(window, clerk(security)), true);
    }

    /** Finishes the current ticket. */
    @POST
    @Path("done")
    @Allow(Roles.CLERK)
    public FloorJson.TicketJson done(@PathParam("window") String window, @Context SecurityContext security) {
        QueryParams.only(uri);
        return FloorJson.ticket(floor.done(window, clerk(security)));
    }

    /** The window's current ticket; 204 when there is none. */
    @GET
    @Path("current")
    @Allow(Roles.CLERK)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the ticket called to or served at this window",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = FloorJson.CallJson.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "no ticket at this window")
    public Response current(@PathParam("window") String window) {
        QueryParams.only(uri);
        return floor.current(window).map(c -> Response.ok(FloorJson.call(c, c.ticket().state().equals("SERVING"))).build())
                .orElse(Response.noContent().build());
    }

    /** A case taken in while serving. */
    public record CaseLink(String caseNumber) {
    }

    /** Records that a case was taken in for the current ticket: the case's history names the ticket. */
    @POST
    @Path("cases")
    @Allow(Roles.CLERK)
    @Consumes(MediaType.APPLICATION_JSON)
    public FloorJson.TicketJson recordCase(@PathParam("window") String window, CaseLink link, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (link == null || link.caseNumber() == null) {
            throw HallException.invalid("caseNumber", "caseNumber is required");
        }
        Actor actor = Actors.staff(security, Channel.COUNTER, window);
        try {
            cases.get(link.caseNumber(), actor);
        } catch (HallException e) {
            if (e.kind() == HallException.Kind.NOT_FOUND) {
                throw new HallException(HallException.Kind.NOT_FOUND, "unknown_case", "caseNumber", e.getMessage());
            }
            throw e;
        }
        return FloorJson.ticket(floor.recordCase(window, clerk(security), link.caseNumber()));
    }

    private static String clerk(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
