package org.qinqing.hall.rest.internal;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.views.CaseJson;

/** {@code /api/v1/cases/{number}/pre-review}: a clerk's pre-review (网上预审) of an online application. */
@Path("cases/{number}/pre-review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreReviewResource {
    private final Cases cases;

    @Context
    private UriInfo uri;

    public PreReviewResource(Cases cases) {
        this.cases = cases;
    }

    /**
     * {@code decision}: accept (the clocks start), supplement ({@code reason}, optional {@code fields}:
     * form fields or material codes to hand in) or reject ({@code reason}); {@code version} optional.
     */
    public record PreReviewRequest(String decision, String reason, List<String> fields, Integer version) {
    }

    /** Decides the pre-review: 200 with the case in its new state. */
    @POST
    @Allow(Roles.CLERK)
    public CaseJson decide(@PathParam("number") String number, PreReviewRequest body, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (body == null || body.decision() == null) {
            throw HallException.invalid("decision", "decision is accept, supplement or reject");
        }
        CaseAction action = switch (body.decision().toLowerCase(Locale.ROOT)) {
            case "accept" -> CaseAction.ACCEPT;
            case "supplement" -> CaseAction.REQUEST_SUPPLEMENT;
            case "reject" -> CaseAction.NOT_ACCEPT;
            default -> throw HallException.invalid("decision", "decision is accept, supplement or reject, not '" + body.decision() + "'");
        };
        if (body.fields() != null && (body.fields().size() > 50 || body.fields().stream().anyMatch(f -> f == null || f.isBlank() || f.length() > 60))) {
            throw HallException.invalid("fields", "fields lists up to 50 form field names or material codes");
        }
        ActionInput in = new ActionInput(body.reason(), java.util.Map.of(), List.of(), null, null, body.version(), null,
                action == CaseAction.REQUEST_SUPPLEMENT ? body.fields() : List.of());
        return CaseJson.of(cases.act(number, action, in, Actors.staff(security, null, null)));
    }
}
