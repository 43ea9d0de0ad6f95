package org.qinqing.hall.rest.internal;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.CaseQuery;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.floor.Floor;
import org.qinqing.hall.floor.SpecialistNotice;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.views.CaseJson;

/**
 * {@code /api/v1/specialist}: the specialist (专员) of listed VIP parties sees all their cases,
 * whatever the department, and the changes of those cases. Only the caller's own parties.
 */
@Path("specialist")
@Produces(MediaType.APPLICATION_JSON)
public class SpecialistResource {
    private final Floor floor;
    private final Cases cases;

    @Context
    private UriInfo uri;

    public SpecialistResource(Floor floor, Cases cases) {
        this.floor = floor;
        this.cases = cases;
    }

    /** A party with its cases, newest first. */
    public record PartyJson(String number, String kind, String name, String category, List<CaseJson.Summary> cases) {
    }

    /** The listed parties the caller is specialist of, each with its cases (at most 100, newest first). */
    @GET
    @Path("parties")
    @Allow({Roles.CLERK, Roles.SUPERVISOR})
    public List<PartyJson> parties(@Context SecurityContext security) {
        QueryParams.only(uri);
        var actor = Actors.staff(security, null, null);
        return floor.specialistParties(security.getUserPrincipal().getName()).stream()
                .map(p -> new PartyJson(p.number(), p.kind(), p.name(), p.category(),
                        cases.list(new CaseQuery(null, null, null, p.number(), 100, 0, false, false), actor).stream()
                                .map(CaseJson.Summary::of).toList()))
                .toList();
    }

    /** A notice in JSON. */
    public record NoticeJson(long id, String party, String partyName, String caseNumber, String itemCode, String department, String from,
            String to, String reason, String actor, String at, boolean read) {
    }

    /** The notices with how many are unread. */
    public record NoticesJson(int unread, List<NoticeJson> notices) {
    }

    /** The changes of the caller's parties' cases, newest first ({@code unread=true}: only unread; {@code limit} 1–500, default 50). */
    @GET
    @Path("notices")
    @Allow({Roles.CLERK, Roles.SUPERVISOR})
    public NoticesJson notices(@QueryParam("unread") Boolean unread, @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        QueryParams.only(uri, "unread", "limit");
        String me = security.getUserPrincipal().getName();
        List<NoticeJson> list = floor.specialistNotices(me, Boolean.TRUE.equals(unread), limit == null ? 50 : limit).stream()
                .map(SpecialistResource::json).toList();
        int unreadCount = Boolean.TRUE.equals(unread) ? list.size() : floor.specialistNotices(me, true, 500).size();
        return new NoticesJson(unreadCount, list);
    }

    /** Up to which notice the caller has read. */
    public record ReadRequest(Long upTo) {
    }

    /** The answer to marking read. */
    public record ReadJson(int marked) {
    }

    /** Marks the caller's notices up to {@code upTo} read. */
    @POST
    @Path("notices/read")
    @Allow({Roles.CLERK, Roles.SUPERVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public ReadJson read(ReadRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (request == null || request.upTo() == null || request.upTo() < 1) {
            throw HallException.invalid("upTo", "upTo is the id of the newest notice read");
        }
        return new ReadJson(floor.markNoticesRead(security.getUserPrincipal().getName(), request.upTo()));
    }

    private static NoticeJson json(SpecialistNotice n) {
        return new NoticeJson(n.id(), n.party(), n.partyName(), n.caseNumber(), n.itemCode(), n.department(), n.from(), n.to(), n.reason(),
                n.actor(), CaseJson.time(n.at()), n.readAt() != null);
    }
}
