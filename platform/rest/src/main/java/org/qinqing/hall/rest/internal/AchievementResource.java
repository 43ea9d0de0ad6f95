package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
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
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.directline.Achievement;
import org.qinqing.hall.directline.Achievements;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.Public;
import org.qinqing.hall.rest.internal.auth.RateLimiter;
import org.qinqing.hall.rest.internal.views.CaseJson;
import org.qinqing.hall.spi.Channel;

/**
 * 晒业绩: enterprises' achievement posts. The enterprise's agent submits ({@code POST /api/v1/achievements}, applicant);
 * staff of its liaison department (or a supervisor) publish or refuse; the published ones are public.
 */
@Path("achievements")
@Produces(MediaType.APPLICATION_JSON)
public class AchievementResource {
    private final Achievements achievements;
    private final RateLimiter limiter;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest http;

    public AchievementResource(Achievements achievements, RateLimiter limiter) {
        this.achievements = achievements;
        this.limiter = limiter;
    }

    /** A post in JSON. */
    public record AchievementJson(long id, String enterprise, String enterpriseName, String title, String text, String status, String submittedAt) {
        static AchievementJson of(Achievement a) {
            return new AchievementJson(a.id(), a.enterprise(), a.enterpriseName(), Masking.text(a.title()), Masking.text(a.text()), a.status(),
                    CaseJson.time(a.submittedAt()));
        }
    }

    /** A post to submit. */
    public record AchievementRequest(String enterpriseNumber, String title, String text) {
    }

    /** The published posts. */
    @GET
    @Public
    public List<AchievementJson> published() {
        QueryParams.only(uri);
        limiter.acquire(http.getRemoteAddr());
        return achievements.list("PUBLISHED").stream().map(AchievementJson::of).toList();
    }

    /** Posts by status, for the staff who check them. */
    @GET
    @Path("all")
    @Allow({Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<AchievementJson> all(@QueryParam("status") String status) {
        QueryParams.only(uri, "status");
        return achievements.list(status == null || status.isBlank() ? null : status.trim()).stream().map(AchievementJson::of).toList();
    }

    /** The enterprise's agent submits a post. */
    @POST
    @Allow(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", description = "the post, waiting for a staff check",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AchievementJson.class)))
    public Response submit(AchievementRequest in, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (in == null) {
            throw HallException.invalid(null, "the body is a JSON object with enterpriseNumber, title, text");
        }
        AchievementJson a = AchievementJson.of(achievements.submit(in.enterpriseNumber(), in.title(), in.text(),
                Actors.applicant(security, Channel.ONLINE)));
        return Response.created(URI.create("achievements/" + a.id())).entity(a).build();
    }

    /** A staff check: {@code publish} true publishes, false refuses. */
    public record CheckRequest(Boolean publish) {
    }

    /** Publishes or refuses a submitted post. */
    @POST
    @Path("{id}/check")
    @Allow({Roles.APPROVER, Roles.SUPERVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public AchievementJson check(@PathParam("id") long id, CheckRequest in, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (in == null || in.publish() == null) {
            throw HallException.invalid("publish", "publish is true or false");
        }
        return AchievementJson.of(achievements.check(id, in.publish(), Actors.staff(security, null, null)));
    }
}
