package org.qinqing.hall.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Accountability;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Notification;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.ScanResult;
import org.qinqing.hall.api.Sla;
import org.qinqing.hall.api.SlaStats;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.views.CaseJson;

/**
 * {@code /api/v1/sla}: deadline warnings, overdue cases, accountability records and statistics
 * (阳光办). Approvers see their own departments; supervisors and admins see all.
 */
@Path("sla")
@Produces(MediaType.APPLICATION_JSON)
public class SlaResource {
    private final Sla sla;
    private final HallClock clock;

    @Context
    private UriInfo uri;

    public SlaResource(Sla sla, HallClock clock) {
        this.sla = sla;
        this.clock = clock;
    }

    /** Runs a deadline scan now (it also runs on its schedule). */
    @POST
    @Path("scan")
    @Allow(Roles.ADMIN)
    public ScanResult scan() {
        QueryParams.only(uri);
        return sla.scan();
    }

    /** A warning in JSON. */
    public record NotificationJson(long id, String caseNumber, String department, String rung, String recipient, String message, String at) {
    }

    /** Deadline warnings, newest first. */
    @GET
    @Path("notifications")
    @Allow({Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<NotificationJson> notifications(@QueryParam("department") String department, @QueryParam("limit") Integer limit,
            @Context SecurityContext security) {
        QueryParams.only(uri, "department", "limit");
        String d = scope(department, Actors.staff(security, null, null));
        return sla.notifications(d, limit == null ? 100 : limit).stream().map(SlaResource::json).toList();
    }

    private static NotificationJson json(Notification n) {
        return new NotificationJson(n.id(), n.caseNumber(), n.department(), n.rung(), n.recipient(), n.message(), CaseJson.time(n.at()));
    }

    /** An overdue case in JSON. */
    public record OverdueJson(String caseNumber, String department, String itemName, String status, String promisedDeadline,
            String legalDeadline, String colour, int workingDaysLate) {
    }

    /** Open cases past their promised (RED) or legal (OVERDUE) deadline. */
    @GET
    @Path("overdue")
    @Allow({Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<OverdueJson> overdue(@QueryParam("department") String department, @Context SecurityContext security) {
        QueryParams.only(uri, "department");
        String d = scope(department, Actors.staff(security, null, null));
        return sla.overdue(d).stream().map(o -> new OverdueJson(o.caseNumber(), o.department(), o.itemName(), o.status(),
                CaseJson.date(o.promisedDeadline()), CaseJson.date(o.legalDeadline()), o.colour(), o.workingDaysLate())).toList();
    }

    /** A period of holding a case. */
    public record HoldingJson(String state, String holder, String from, String to, int workingDays) {
    }

    /** An accountability record in JSON. */
    public record AccountabilityJson(long id, String caseNumber, String department, String itemName, String openedAt,
            List<HoldingJson> holders, String explanation, String explainedBy, String closedBy, String closedAt, String status) {
        static AccountabilityJson of(Accountability a) {
            return new AccountabilityJson(a.id(), a.caseNumber(), a.department(), a.itemName(), CaseJson.time(a.openedAt()),
                    a.holders().stream().map(h -> new HoldingJson(h.state(), h.holder(), CaseJson.time(h.from()), CaseJson.time(h.to()),
                            h.workingDays())).toList(), a.explanation(), a.explainedBy(), a.closedBy(), CaseJson.time(a.closedAt()), a.status());
        }
    }

    /** Accountability records (问责/倒查) with who held the case how long. */
    @GET
    @Path("accountability")
    @Allow({Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<AccountabilityJson> accountability(@QueryParam("status") String status, @QueryParam("department") String department,
            @Context SecurityContext security) {
        QueryParams.only(uri, "status", "department");
        if (status != null && !List.of("OPEN", "EXPLAINED", "CLOSED").contains(status)) {
            throw HallException.invalid("status", "status is OPEN, EXPLAINED or CLOSED");
        }
        return sla.accountability(status, scope(department, Actors.staff(security, null, null))).stream().map(AccountabilityJson::of).toList();
    }

    /** An explanation. */
    public record ExplainRequest(String explanation) {
    }

    /** The department explains why its case passed the legal deadline. */
    @POST
    @Path("accountability/{id}/explain")
    @Allow(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountabilityJson explain(@PathParam("id") long id, ExplainRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        return AccountabilityJson.of(sla.explain(id, request == null ? null : request.explanation(), Actors.staff(security, null, null)));
    }

    /** A supervisor closes an explained record. */
    @POST
    @Path("accountability/{id}/close")
    @Allow(Roles.SUPERVISOR)
    public AccountabilityJson close(@PathParam("id") long id, @Context SecurityContext security) {
        QueryParams.only(uri);
        return AccountabilityJson.of(sla.close(id, Actors.staff(security, null, null)));
    }

    /**
     * Statistics of cases decided in the period (default: this year so far), grouped by
     * {@code department} (default) or {@code item}.
     */
    @GET
    @Path("stats")
    @Allow({Roles.SUPERVISOR, Roles.ADMIN})
    public SlaStats stats(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("department") String department,
            @QueryParam("item") String item, @QueryParam("groupBy") String groupBy) {
        QueryParams.only(uri, "from", "to", "department", "item", "groupBy");
        if (groupBy != null && !groupBy.equals("department") && !groupBy.equals("item")) {
            throw HallException.invalid("groupBy", "groupBy is department or item");
        }
        LocalDate today = clock.today();
        return sla.stats(date(from, "from", today.withDayOfYear(1)), date(to, "to", today), department, item,
                groupBy == null ? "department" : groupBy);
    }

    /** Approvers see their own departments only. */
    private static String scope(String department, Actor actor) {
        if (actor.has(Roles.SUPERVISOR) || actor.has(Roles.ADMIN)) {
            return department;
        }
        List<String> own = actor.roles().stream().filter(r -> r.startsWith(Roles.DEPARTMENT_PREFIX))
                .map(r -> r.substring(Roles.DEPARTMENT_PREFIX.length())).toList();
        if (department == null) {
            if (own.size() != 1) {
                throw HallException.invalid("department", "name one of your departments: " + own);
            }
            return own.get(0);
        }
        if (!own.contains(department)) {
            throw HallException.forbidden("user " + actor.id() + " works for " + own + " only, not " + department);
        }
        return department;
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
