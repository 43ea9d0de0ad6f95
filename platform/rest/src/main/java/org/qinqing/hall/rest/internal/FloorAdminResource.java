package org.qinqing.hall.rest.internal;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.floor.Floor;
import org.qinqing.hall.floor.QueueStats;
import org.qinqing.hall.floor.VipParty;
import org.qinqing.hall.rest.internal.auth.Allow;

/** {@code /api/v1/floor}: queue statistics for the dashboard, and the VIP registries (绿色通道) kept by supervisors. */
@Path("floor")
@Produces(MediaType.APPLICATION_JSON)
public class FloorAdminResource {
    private final Floor floor;
    private final HallClock clock;

    @Context
    private UriInfo uri;

    public FloorAdminResource(Floor floor, HallClock clock) {
        this.floor = floor;
        this.clock = clock;
    }

    /** Statistics in JSON. */
    public record StatsJson(String from, String to, int targetWaitMinutes, List<QueueStats.Row> rows) {
    }

    /** Tickets, served, no-shows, waits (average, 90th percentile, share over target), service time, bookings, VIP and talent services per site, queue and window (default: today). */
    @GET
    @Path("stats")
    @Allow({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public StatsJson stats(@QueryParam("site") String site, @QueryParam("from") String from, @QueryParam("to") String to) {
        QueryParams.only(uri, "site", "from", "to");
        LocalDate f = date(from, "from", clock.today());
        LocalDate t = date(to, "to", f);
        if (t.isBefore(f) || t.isAfter(f.plusDays(366))) {
            throw HallException.invalid("to", "to is on or after from, within a year");
        }
        QueueStats s = floor.stats(site, f, t);
        return new StatsJson(s.from().toString(), s.to().toString(), s.targetWaitMinutes(), s.rows());
    }

    /** The listed parties of a registry (ENTERPRISE, TALENT, STARTUP), or all. */
    @GET
    @Path("vip")
    @Allow({Roles.SUPERVISOR, Roles.ADMIN})
    public List<FloorJson.VipJson> vip(@QueryParam("kind") String kind) {
        QueryParams.only(uri, "kind");
        return floor.vipParties(kind).stream().map(v -> FloorJson.vip(v, false)).toList();
    }

    /** A party to list. */
    public record VipRequest(String number, String kind, String name, String category, String specialist) {
    }

    /** Lists (or updates) a party with its specialist (专员). */
    @POST
    @Path("vip")
    @Allow(Roles.SUPERVISOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public FloorJson.VipJson putVip(VipRequest r, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (r == null) {
            throw HallException.invalid("number", "a JSON body {number, kind, name, category?, specialist?} is required");
        }
        return FloorJson.vip(floor.putVip(new VipParty(r.number(), r.kind(), r.name(), r.category(), r.specialist(), null, null),
                security.getUserPrincipal().getName()), false);
    }

    /** The answer to an import. */
    public record ImportJson(String kind, int imported) {
    }

    /** Imports a registry from CSV: {@code number,name,category[,specialist]} per line, a header line allowed. */
    @POST
    @Path("vip/import")
    @Allow(Roles.SUPERVISOR)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportJson importVip(@QueryParam("kind") String kind, String csv, @Context SecurityContext security) {
        QueryParams.only(uri, "kind");
        if (kind == null) {
            throw HallException.invalid("kind", "kind is ENTERPRISE, TALENT or STARTUP");
        }
        return new ImportJson(kind, floor.importVip(kind, new StringReader(csv == null ? "" : csv), security.getUserPrincipal().getName()));
    }

    /** Removes a party from the registries. */
    @DELETE
    @Path("vip/{number}")
    @Allow(Roles.SUPERVISOR)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "removed from the registry")
    public Response removeVip(@PathParam("number") String number, @Context SecurityContext security) {
        QueryParams.only(uri);
        floor.removeVip(number, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    private static LocalDate date(String value, String field, LocalDate otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw HallException.invalid(field, field + " must be YYYY-MM-DD");
        }
    }
}
