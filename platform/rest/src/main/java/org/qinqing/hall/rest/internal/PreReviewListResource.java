package org.qinqing.hall.rest.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.CaseQuery;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseSummary;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.online.OnlineCase;
import org.qinqing.hall.online.OnlineCases;
import org.qinqing.hall.rest.internal.auth.Allow;

/** {@code /api/v1/pre-reviews}: online applications waiting for a clerk's pre-review, oldest first, coloured by their limit. */
@Path("pre-reviews")
@Produces(MediaType.APPLICATION_JSON)
public class PreReviewListResource {
    private final Cases cases;
    private final OnlineCases online;
    private final HallClock clock;

    @Context
    private UriInfo uri;

    public PreReviewListResource(Cases cases, OnlineCases online, HallClock clock) {
        this.cases = cases;
        this.online = online;
        this.clock = clock;
    }

    /** A waiting application; {@code colour}: green (due later), yellow (due today), red (overdue). */
    public record Waiting(String caseNumber, String itemCode, String itemName, String department, String applicantName, String channel,
            String submittedAt, String preReviewDue, String colour) {
    }

    @GET
    @Allow({Roles.CLERK, Roles.SUPERVISOR})
    public List<Waiting> list(@Context SecurityContext security) {
        QueryParams.only(uri);
        List<CaseSummary> waiting = cases.list(new CaseQuery(CaseStatus.PRE_REVIEW, null, null, null, 500, 0, true, false),
                Actors.staff(security, null, null));
        Map<String, OnlineCase> extra = online.find(waiting.stream().map(CaseSummary::caseNumber).toList());
        LocalDate today = clock.today();
        return waiting.stream().sorted(Comparator.comparing(CaseSummary::submittedAt)).map(c -> {
            OnlineCase o = extra.get(c.caseNumber());
            LocalDate due = o == null ? null : o.preReviewDue();
            String colour = due == null || due.isAfter(today) ? "green" : due.isEqual(today) ? "yellow" : "red";
            return new Waiting(c.caseNumber(), c.itemCode(), c.itemName(), c.department(), c.applicantName(), c.channel(),
                    c.submittedAt().toString(), due == null ? null : due.toString(), colour);
        }).toList();
    }
}
