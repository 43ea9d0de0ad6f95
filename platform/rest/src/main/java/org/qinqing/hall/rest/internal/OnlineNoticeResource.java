package org.qinqing.hall.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.directline.EnterpriseNotice;
import org.qinqing.hall.directline.EnterpriseNotices;
import org.qinqing.hall.online.ActingFor;
import org.qinqing.hall.online.Applicants;
import org.qinqing.hall.rest.internal.views.CaseJson;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.spi.Channel;

/**
 * {@code /api/v1/online/enterprise-notices}: the notices (policy briefings, legal warnings, risk alerts, IP notices)
 * that reached the enterprises an applicant acts for, and their reading. Another enterprise → 404.
 */
@Path("online/enterprise-notices")
@Produces(MediaType.APPLICATION_JSON)
public class OnlineNoticeResource {
    private final EnterpriseNotices notices;
    private final Applicants applicants;

    @Context
    private UriInfo uri;

    public OnlineNoticeResource(EnterpriseNotices notices, Applicants applicants) {
        this.notices = notices;
        this.applicants = applicants;
    }

    /**
     * A notice as the enterprise sees it.
     *
     * @param enterprise the enterprise it reached
     * @param id id
     * @param kind POLICY, LEGAL, RISK or IP
     * @param title title
     * @param body text
     * @param publishedAt when
     * @param read whether the enterprise has read it
     */
    public record EnterpriseNoticeJson(String enterprise, long id, String kind, String title, String body, String publishedAt, boolean read) {
        static EnterpriseNoticeJson of(String enterprise, EnterpriseNotice n, Set<Long> read) {
            return new EnterpriseNoticeJson(enterprise, n.id(), n.kind(), Masking.text(n.title()), Masking.text(n.body()),
                    CaseJson.time(n.publishedAt()), read.contains(n.id()));
        }
    }

    /** The notices to the enterprise ({@code ?enterprise=}; without it, to every enterprise the applicant acts for), newest first. */
    @GET
    @Allow(Roles.APPLICANT)
    public List<EnterpriseNoticeJson> list(@QueryParam("enterprise") String enterprise, @Context SecurityContext security) {
        QueryParams.only(uri, "enterprise");
        Actor a = Actors.applicant(security, Channel.ONLINE);
        List<String> mine = applicants.actingFor(a.id()).stream().map(ActingFor::number).toList();
        List<String> asked = enterprise == null || enterprise.isBlank() ? mine : List.of(own(enterprise.trim(), mine));
        List<EnterpriseNoticeJson> out = new ArrayList<>();
        for (String e : asked) {
            Set<Long> read = notices.readBy(e);
            notices.forEnterprise(e).forEach(n -> out.add(EnterpriseNoticeJson.of(e, n, read)));
        }
        return out;
    }

    /** Records that the enterprise ({@code ?enterprise=}) read the notice. */
    @POST
    @Path("{id}/read")
    @Allow(Roles.APPLICANT)
    public EnterpriseNoticeJson read(@PathParam("id") long id, @QueryParam("enterprise") String enterprise, @Context SecurityContext security) {
        QueryParams.only(uri, "enterprise");
        Actor a = Actors.applicant(security, Channel.ONLINE);
        if (enterprise == null || enterprise.isBlank()) {
            throw HallException.invalid("enterprise", "give the enterprise (its credit code) that read the notice");
        }
        String e = own(enterprise.trim(), applicants.actingFor(a.id()).stream().map(ActingFor::number).toList());
        EnterpriseNotice n = notices.read(id, e);
        return EnterpriseNoticeJson.of(e, n, Set.of(n.id()));
    }

    private static String own(String enterprise, List<String> mine) {
        if (!mine.contains(enterprise)) {
            throw HallException.notFound("unknown_enterprise", "you do not act for enterprise " + enterprise);
        }
        return enterprise;
    }
}
