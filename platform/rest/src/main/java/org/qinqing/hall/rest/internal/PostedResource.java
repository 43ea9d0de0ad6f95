package org.qinqing.hall.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.online.OnlineCases;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.views.CaseJson;

/** {@code /api/v1/cases/{number}/posted}: a clerk posted the result of an online application; the applicant gets the tracking number. */
@Path("cases/{number}/posted")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostedResource {
    private final OnlineCases online;

    @Context
    private UriInfo uri;

    public PostedResource(OnlineCases online) {
        this.online = online;
    }

    /** {@code {"trackingNumber"}}. */
    public record PostedRequest(String trackingNumber) {
    }

    /** Completes the case with delivery by post and records the tracking number. */
    @POST
    @Allow(Roles.CLERK)
    public CaseJson posted(@PathParam("number") String number, PostedRequest body, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (body == null) {
            throw HallException.invalid("trackingNumber", "the body is {\"trackingNumber\"}");
        }
        return CaseJson.of(online.posted(number, body.trackingNumber(), Actors.staff(security, null, null)));
    }
}
