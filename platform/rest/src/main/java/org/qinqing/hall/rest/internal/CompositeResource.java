package org.qinqing.hall.rest.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.Public;
import org.qinqing.hall.rest.internal.views.CompositeJson;

/**
 * {@code /api/v1/composites}: composite items (一件事, 并联审批) with their availability, their cases,
 * and what they save. Intake, a case and its completion go through {@code /api/v1/cases} like any item.
 */
@Path("composites")
@Produces(MediaType.APPLICATION_JSON)
public class CompositeResource {
    private final Composites composites;

    @Context
    private UriInfo uri;

    /** @param composites the composite service */
    public CompositeResource(Composites composites) {
        this.composites = composites;
    }

    /** @return every composite, active, unavailable (naming the missing department) or refused (public) */
    @GET
    @Public
    public List<CompositeJson.Detail> list() {
        QueryParams.only(uri);
        return composites.composites().stream().map(CompositeJson.Detail::of).toList();
    }

    /** @return time and visits saved against the steps one after another, per composite (public: no personal data) */
    @GET
    @Path("stats")
    @Public
    public List<CompositeJson.Stats> stats() {
        QueryParams.only(uri);
        return composites.stats().stream().map(CompositeJson.Stats::of).toList();
    }

    /** @return composite cases, newest first; approvers see those with a step of their department */
    @GET
    @Path("cases")
    @Allow({Roles.CLERK, Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<CompositeJson.Case> cases(@QueryParam("open") Boolean open, @QueryParam("limit") Integer limit,
            @Context SecurityContext security) {
        QueryParams.only(uri, "open", "limit");
        int l = limit == null ? 50 : limit;
        if (l < 1 || l > 500) {
            throw HallException.invalid("limit", "limit is 1 to 500");
        }
        return composites.list(Boolean.TRUE.equals(open), l, Actors.staff(security, null, null)).stream()
                .map(CompositeJson.Case::of).toList();
    }
}
