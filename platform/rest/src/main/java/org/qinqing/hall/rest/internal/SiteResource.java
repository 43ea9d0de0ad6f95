package org.qinqing.hall.rest.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.AsyncResponse;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.floor.Floor;
import org.qinqing.hall.floor.Site;
import org.qinqing.hall.floor.TicketRequest;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.Public;

/**
 * {@code /api/v1/sites}: the hall and the street and community sites, tickets (取号), the calling
 * board and its event stream, appointment slots.
 */
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {
    private final Floor floor;
    private final BoardStreams streams;

    @Context
    private UriInfo uri;

    public SiteResource(Floor floor, BoardStreams streams) {
        this.floor = floor;
        this.streams = streams;
    }

    /** All sites: the main hall (HALL), the street centres (STREET), the community kiosks (COMMUNITY). */
    @GET
    @Public
    public List<Site> sites() {
        QueryParams.only(uri);
        return floor.sites();
    }

    /** A site with its windows and queues. */
    @GET
    @Path("{site}")
    @Public
    public Site site(@PathParam("site") String site) {
        QueryParams.only(uri);
        return floor.site(site);
    }

    /** Takes a ticket at a kiosk or reception; checks in an appointment when its number is given. */
    @POST
    @Path("{site}/tickets")
    @Allow({Roles.CLERK, Roles.KIOSK})
    @Consumes(MediaType.APPLICATION_JSON)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "the ticket, with how many wait ahead and what rates its service (ratingId, ratingCode) for the slip",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = FloorJson.TicketJson.class)))
    public Response take(@PathParam("site") String site, TicketRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        return Response.status(201).entity(FloorJson.slip(floor.take(site, request, security.getUserPrincipal().getName()))).build();
    }

    /** A ticket of today and how many wait ahead of it (the applicant's ticket page; nothing personal in it). */
    @GET
    @Path("{site}/tickets/{ticket}")
    @Public
    public FloorJson.PublicTicketJson ticket(@PathParam("site") String site, @PathParam("ticket") String ticket) {
        QueryParams.only(uri);
        return FloorJson.publicTicket(floor.ticket(site, ticket));
    }

    /** The calling board: the last calls and the waiting counts per queue. */
    @GET
    @Path("{site}/board")
    @Public
    public FloorJson.BoardJson board(@PathParam("site") String site) {
        QueryParams.only(uri);
        var b = floor.board(site);
        return new FloorJson.BoardJson(b.calls().stream().map(FloorJson::boardCall).toList(), b.waiting());
    }

    /**
     * The board's calls as server-sent events ({@code event: call}, {@code id} its sequence number),
     * as they are made on any node; a comment every 15 s keeps the connection open. With
     * {@code Last-Event-ID} the calls missed since are sent first. The request is suspended: an
     * open stream holds no thread ({@link BoardStreams}).
     */
    @GET
    @Path("{site}/board/events")
    @Public
    @Produces("text/event-stream")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "an event for every call at the site, as server-sent events",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/event-stream", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    public void events(@PathParam("site") String site, @HeaderParam("Last-Event-ID") String lastEventId,
            @Suspended AsyncResponse async, @Context HttpServletResponse response) throws IOException {
        QueryParams.only(uri);
        floor.site(site);
        streams.open(site, parse(lastEventId), async, response);
    }

    private static long parse(String lastEventId) {
        try {
            return lastEventId == null ? -1 : Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Appointment slots of a day with their bookings (none on a non-working day). */
    @GET
    @Path("{site}/slots")
    @Public
    public List<FloorJson.SlotJson> slots(@PathParam("site") String site, @QueryParam("date") String date) {
        QueryParams.only(uri, "date");
        if (date == null) {
            throw HallException.invalid("date", "date is required (YYYY-MM-DD)");
        }
        try {
            return floor.slots(site, LocalDate.parse(date)).stream().map(FloorJson::slot).toList();
        } catch (DateTimeParseException e) {
            throw HallException.invalid("date", "date must be YYYY-MM-DD");
        }
    }
}
