package org.qinqing.hall.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServletResponse;
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
import com.fasterxml.jackson.databind.ObjectMapper;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.floor.BoardCall;
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
    /** A board connection is closed after this long; the browser's EventSource reconnects by itself. */
    private static final long STREAM_MILLIS = 10 * 60_000;
    private static final ObjectMapper MAPPER = Json.mapper();
    private final Floor floor;

    @Context
    private UriInfo uri;

    public SiteResource(Floor floor) {
        this.floor = floor;
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
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "the ticket, with how many wait ahead",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = FloorJson.TicketJson.class)))
    public Response take(@PathParam("site") String site, TicketRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        return Response.status(201).entity(FloorJson.ticket(floor.take(site, request, security.getUserPrincipal().getName()))).build();
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
     * {@code Last-Event-ID} the calls missed since are sent first.
     */
    @GET
    @Path("{site}/board/events")
    @Public
    @Produces("text/event-stream")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "an event for every call at the site, as server-sent events",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/event-stream", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    public void events(@PathParam("site") String site, @HeaderParam("Last-Event-ID") String lastEventId,
            @Context HttpServletResponse response) throws IOException {
        QueryParams.only(uri);
        floor.site(site);
        BlockingQueue<BoardCall> calls = new LinkedBlockingQueue<>(1000);
        // written straight to the servlet response, past CXF's buffering and compression, so every event leaves at once
        response.setStatus(200);
        response.setContentType("text/event-stream;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        OutputStream out = response.getOutputStream();
        try (AutoCloseable following = floor.follow(site, calls::offer)) {
            out.write("retry: 2000\n: connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            response.flushBuffer();
            long missedAfter = parse(lastEventId);
            if (missedAfter >= 0) {
                for (BoardCall c : floor.callsAfter(missedAfter, 100)) {
                    if (c.site().equals(site)) {
                        send(out, c);
                    }
                }
            }
            long end = System.currentTimeMillis() + STREAM_MILLIS;
            while (System.currentTimeMillis() < end) {
                BoardCall c = calls.poll(15, TimeUnit.SECONDS);
                if (c == null) {
                    out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    send(out, c);
                }
                out.flush();
                response.flushBuffer();
            }
        } catch (IOException gone) {
            // the screen went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static void send(OutputStream out, BoardCall c) throws IOException {
        String json = MAPPER.writeValueAsString(FloorJson.boardCall(c));
        out.write(("id: " + c.seq() + "\nevent: call\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
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
