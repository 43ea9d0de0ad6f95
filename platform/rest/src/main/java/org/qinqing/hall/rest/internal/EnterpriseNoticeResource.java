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
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.directline.EnterpriseNotices;
import org.qinqing.hall.rest.internal.DirectJson.NoticeJson;
import org.qinqing.hall.rest.internal.auth.Allow;

/** {@code /api/v1/enterprise-notices}: policy briefings, legal warnings, risk alerts and IP notices to enterprises, with reach and reads. */
@Path("enterprise-notices")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseNoticeResource {
    private final EnterpriseNotices notices;

    @Context
    private UriInfo uri;

    public EnterpriseNoticeResource(EnterpriseNotices notices) {
        this.notices = notices;
    }

    /** A notice to publish: kind POLICY, LEGAL, RISK or IP; categories and industries (empty = all). */
    public record NoticeRequest(String kind, String title, String body, List<String> categories, List<String> industries) {
    }

    /** Publishes a notice. */
    @POST
    @Allow({Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", description = "the notice with the enterprises it reached",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NoticeJson.class)))
    public Response publish(NoticeRequest in, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (in == null) {
            throw HallException.invalid(null, "the body is a JSON object with kind, title, body, categories, industries");
        }
        NoticeJson n = NoticeJson.of(notices.publish(in.kind(), in.title(), in.body(), in.categories(), in.industries(),
                Actors.staff(security, null, null)));
        return Response.created(URI.create("enterprise-notices/" + n.id())).entity(n).build();
    }

    /** Notices, newest first, with reach and reads. */
    @GET
    @Allow({Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<NoticeJson> list() {
        QueryParams.only(uri);
        return notices.list(100).stream().map(NoticeJson::of).toList();
    }
}
