package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
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
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.directline.RatingRequest;
import org.qinqing.hall.directline.RatingStats;
import org.qinqing.hall.directline.Ratings;
import org.qinqing.hall.directline.TicketLookup;
import org.qinqing.hall.rest.internal.DirectJson.RatedJson;
import org.qinqing.hall.rest.internal.DirectJson.RatingJson;
import org.qinqing.hall.rest.internal.DirectJson.RectificationJson;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.Public;
import org.qinqing.hall.rest.internal.auth.RateLimiter;

/**
 * {@code /api/v1/ratings}: 好差评. Anyone rates a finished service with its proof (public, rate-limited per address);
 * departments verify, rectify and call back bad ratings; supervisors decide appeals and read the figures; the public
 * figures name no applicant and no clerk.
 */
@Path("ratings")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {
    private final Ratings ratings;
    private final HallClock clock;
    private final RateLimiter limiter;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest http;

    public RatingResource(Ratings ratings, HallClock clock, RateLimiter limiter) {
        this.ratings = ratings;
        this.clock = clock;
        this.limiter = limiter;
    }

    /**
     * Rates a case (access code, suffix, or the applicant's own portal session), a served ticket (its id) or an answered
     * demand (suffix of the credit code).
     */
    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", description = "the rating; a rating of 1 or 2 opened a rectification",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RatedJson.class)))
    public Response rate(RatingRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        limiter.acquire(http.getRemoteAddr());
        if (request == null) {
            throw HallException.invalid(null, "the body is a JSON object with subject, accessCode or suffix, level (1-5) and comment");
        }
        // a logged-in applicant (portal session or Bearer token) rates their own case without a code
        Actor applicant = security != null && security.getUserPrincipal() != null && security.isUserInRole(Roles.APPLICANT)
                ? Actors.applicant(security, org.qinqing.hall.spi.Channel.ONLINE) : null;
        RatedJson r = RatedJson.of(ratings.rate(request, applicant));
        return Response.created(URI.create("ratings/" + r.id())).entity(r).build();
    }

    /** The Contract's figures for a department (or all) and period. */
    public record StatsJson(int ratings, double satisfactionRate, int bad, int rectifiedOnTime, int open, double callbackRate,
            List<RatingStats.Row> rows) {
    }

    /** Figures for supervisors and admins: per department, item, window, clerk or month with groupBy. */
    @GET
    @Path("stats")
    @Allow({Roles.SUPERVISOR, Roles.ADMIN})
    public StatsJson stats(@QueryParam("department") String department, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy) {
        QueryParams.only(uri, "department", "from", "to", "groupBy");
        LocalDate today = clock.today();
        RatingStats s = ratings.stats(blank(department), DirectJson.date(from, "from", today.withDayOfYear(1)), DirectJson.date(to, "to", today),
                blank(groupBy));
        return new StatsJson(s.ratings(), s.satisfactionRate(), s.bad(), s.rectifiedOnTime(), s.open(), s.callbackRate(), s.rows());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The public figures page: per department, no applicant, no clerk, no comment. */
    @GET
    @Path("public")
    @Public
    public StatsJson published(@QueryParam("from") String from, @QueryParam("to") String to) {
        QueryParams.only(uri, "from", "to");
        limiter.acquire(http.getRemoteAddr());
        LocalDate today = clock.today();
        RatingStats s = ratings.stats(null, DirectJson.date(from, "from", today.withDayOfYear(1)), DirectJson.date(to, "to", today), "department");
        return new StatsJson(s.ratings(), s.satisfactionRate(), s.bad(), s.rectifiedOnTime(), s.open(), s.callbackRate(), s.rows());
    }

    /**
     * What the window tablet shows: the service the window finished last, with the rating code that rates it (the tablet
     * sends it back as {@code accessCode}).
     */
    public record WindowService(String ticketId, String department, String service, String window, String accessCode) {
    }

    /**
     * The service a window finished last, for the rating tablet beside it: only a kiosk account's session (the tablet signs
     * in once), because the answer carries the ticket's rating code — a clerk must not rate their own service.
     */
    @GET
    @Path("window/{window}")
    @Allow({Roles.KIOSK})
    public WindowService window(@PathParam("window") String window) {
        QueryParams.only(uri);
        TicketLookup.ServedTicket t = ratings.lastServed(window).orElseThrow(() -> HallException.notFound("no_service",
                "window " + window + " has no finished service to rate (or the hall floor module is not running)"));
        return new WindowService(t.ticketId(), t.department(), t.service(), t.window(), t.ratingCode());
    }

    /** Recent ratings of a department (its staff) or of all (supervisors, admins). */
    @GET
    @Path("recent")
    @Allow({Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<RatingJson> recent(@QueryParam("department") String department, @Context SecurityContext security) {
        QueryParams.only(uri, "department");
        String d = scope(blank(department), Actors.staff(security, null, null));
        return ratings.recent(d, 100).stream().map(RatingJson::of).toList();
    }

    private static String scope(String department, Actor a) {
        if (a.has(Roles.SUPERVISOR) || a.has(Roles.ADMIN)) {
            return department;
        }
        if (department == null) {
            throw HallException.invalid("department", "give your department");
        }
        if (!a.has(Roles.department(department))) {
            throw HallException.forbidden("you see your own departments only");
        }
        return department;
    }

    /** Rectifications of bad ratings. */
    @GET
    @Path("rectifications")
    @Allow({Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<RectificationJson> rectifications(@QueryParam("department") String department, @QueryParam("status") String status,
            @Context SecurityContext security) {
        QueryParams.only(uri, "department", "status");
        return ratings.rectifications(blank(department), blank(status), Actors.staff(security, null, null)).stream()
                .map(RectificationJson::of).toList();
    }

    /** One rectification. */
    @GET
    @Path("rectifications/{id}")
    @Allow({Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    public RectificationJson rectification(@PathParam("id") long id, @Context SecurityContext security) {
        QueryParams.only(uri);
        return RectificationJson.of(ratings.rectification(id, Actors.staff(security, null, null)));
    }

    /** A department's step on a rectification: {@code finding}, or {@code measures} with the call back, or an appeal's {@code reason}. */
    public record StepRequest(String finding, String measures, String callbackOutcome, String callbackNote, String reason, Boolean upheld) {
    }

    /** The department verified the complaint. */
    @POST
    @Path("rectifications/{id}/verify")
    @Allow(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_JSON)
    public RectificationJson verify(@PathParam("id") long id, StepRequest in, @Context SecurityContext security) {
        QueryParams.only(uri);
        return RectificationJson.of(ratings.verify(id, in == null ? null : in.finding(), Actors.staff(security, null, null)));
    }

    /** The department rectified and called the applicant back. */
    @POST
    @Path("rectifications/{id}/rectify")
    @Allow(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_JSON)
    public RectificationJson rectify(@PathParam("id") long id, StepRequest in, @Context SecurityContext security) {
        QueryParams.only(uri);
        StepRequest s = in == null ? new StepRequest(null, null, null, null, null, null) : in;
        return RectificationJson.of(ratings.rectify(id, s.measures(), s.callbackOutcome(), s.callbackNote(), Actors.staff(security, null, null)));
    }

    /** The department appeals the rating. */
    @POST
    @Path("rectifications/{id}/appeal")
    @Allow(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_JSON)
    public RectificationJson appeal(@PathParam("id") long id, StepRequest in, @Context SecurityContext security) {
        QueryParams.only(uri);
        return RectificationJson.of(ratings.appeal(id, in == null ? null : in.reason(), Actors.staff(security, null, null)));
    }

    /** A supervisor decides the appeal: {@code upheld} true voids the rectification. */
    @POST
    @Path("rectifications/{id}/decide")
    @Allow(Roles.SUPERVISOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public RectificationJson decide(@PathParam("id") long id, StepRequest in, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (in == null || in.upheld() == null) {
            throw HallException.invalid("upheld", "upheld is true (the rating was wrong) or false");
        }
        return RectificationJson.of(ratings.decide(id, in.upheld(), Actors.staff(security, null, null)));
    }
}
