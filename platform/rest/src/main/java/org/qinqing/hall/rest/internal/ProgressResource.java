package org.qinqing.hall.rest.internal;

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
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.PublicProgress;
import org.qinqing.hall.rest.internal.auth.Public;
import org.qinqing.hall.rest.internal.auth.RateLimiter;
import org.qinqing.hall.rest.internal.requests.ActionRequest;
import org.qinqing.hall.rest.internal.views.CaseJson;

/**
 * {@code /api/v1/progress}: the public side of a case. Anyone with the case number and the last
 * four characters of the applicant's number sees its progress (no personal data); the applicant,
 * with the access code from the receipt, may supplement or withdraw. Rate-limited per address.
 */
@Path("progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {
    private final Cases cases;
    private final Composites composites;
    private final RateLimiter limiter;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest http;

    /** @param cases the case service @param composites composite cases @param limiter the public endpoints' rate limiter */
    public ProgressResource(Cases cases, Composites composites, RateLimiter limiter) {
        this.cases = cases;
        this.composites = composites;
        this.limiter = limiter;
    }

    /** A step of the public timeline. */
    public record Step(String at, String action, String status) {
    }

    /**
     * The public progress; {@code parts} lists a composite case's steps (empty otherwise);
     * {@code provisional} says the deadlines rest on a holiday schedule computed before the State
     * Council published it, with {@code provisionalNote} telling the applicant what that means.
     */
    public record Progress(String caseNumber, String itemName, String departmentName, String status, String statusLabel,
            String acceptedAt, String promisedDeadline, String legalDeadline, List<Step> steps, List<PublicProgress.Part> parts,
            boolean provisional, String provisionalNote) {
    }

    /** @param number case number @param suffix last four characters of the applicant's number @return the progress */
    @GET
    @Path("{number}")
    @Public
    public Progress progress(@PathParam("number") String number, @QueryParam("suffix") String suffix) {
        QueryParams.only(uri, "suffix");
        limiter.acquire(http.getRemoteAddr());
        if (suffix == null || suffix.length() != 4) {
            throw HallException.invalid("suffix", "give the last four characters of the applicant's ID number or credit code");
        }
        PublicProgress p = Composites.isCompositeNumber(number) ? composites.progress(number, suffix) : cases.progress(number, suffix);
        return new Progress(p.caseNumber(), p.itemName(), p.departmentName(), p.status().name(), p.statusLabel(),
                CaseJson.time(p.acceptedAt()), CaseJson.date(p.promisedDeadline()), CaseJson.date(p.legalDeadline()),
                p.steps().stream().map(s -> new Step(CaseJson.time(s.at()), s.action(), s.status())).toList(), p.parts(),
                p.provisional(), p.provisional() ? CaseJson.PROVISIONAL_NOTE : null);
    }

    /** The applicant withdraws, proven by the access code. */
    @POST
    @Path("{number}/withdraw")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Progress withdraw(@PathParam("number") String number, ActionRequest request) {
        return applicant(number, request, CaseAction.WITHDRAW);
    }

    /** The applicant supplements online, proven by the access code. */
    @POST
    @Path("{number}/supplement")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Progress supplement(@PathParam("number") String number, ActionRequest request) {
        return applicant(number, request, CaseAction.SUPPLEMENT);
    }

    private Progress applicant(String number, ActionRequest request, CaseAction action) {
        QueryParams.only(uri);
        limiter.acquire(http.getRemoteAddr());
        if (request == null || request.accessCode() == null) {
            throw HallException.invalid("accessCode", "the access code printed on the receipt is required");
        }
        CaseView v = cases.actAsApplicant(number, request.accessCode(), action, request.input());
        boolean provisional = v.sla() != null && v.sla().provisional();
        return new Progress(v.caseNumber(), v.itemName(), v.departmentName(), v.status().name(), v.status().label(),
                CaseJson.time(v.acceptedAt()), CaseJson.date(v.promisedDeadline()), CaseJson.date(v.legalDeadline()),
                v.timeline().stream().map(e -> new Step(CaseJson.time(e.at()), e.action(), e.toStatus())).toList(), List.of(),
                provisional, provisional ? CaseJson.PROVISIONAL_NOTE : null);
    }
}
