package org.qinqing.hall.rest.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseQuery;
import org.qinqing.hall.api.CaseSummary;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.Vault;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.online.ActingFor;
import org.qinqing.hall.online.ApplicantAccount;
import org.qinqing.hall.online.ApplicantSession;
import org.qinqing.hall.online.Applicants;
import org.qinqing.hall.online.OnlineCase;
import org.qinqing.hall.online.OnlineCases;
import org.qinqing.hall.online.TooManyCodes;
import org.qinqing.hall.online.VisitFigures;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.AuthFilter;
import org.qinqing.hall.rest.internal.auth.Caller;
import org.qinqing.hall.rest.internal.auth.OnlineHall;
import org.qinqing.hall.rest.internal.auth.Public;
import org.qinqing.hall.rest.internal.requests.MaterialRequest;
import org.qinqing.hall.rest.internal.requests.OnlineCaseRequest;
import org.qinqing.hall.rest.internal.views.OnlineCaseJson;
import org.qinqing.hall.rest.internal.views.PartyJson;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.Message;

/**
 * {@code /api/v1/online}: the online hall for applicants (一网通办) — code login, their cases and
 * their enterprises' (as agent or legal representative), supplements, results, messages. Another
 * person's case or material is answered 404, as if it did not exist.
 */
@Path("online")
@OnlineHall
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnlineResource {
    private final Applicants applicants;
    private final OnlineCases online;
    private final Cases cases;
    private final Parties parties;
    private final Vault vault;

    @Context
    private UriInfo uri;

    public OnlineResource(Applicants applicants, OnlineCases online, Cases cases, Parties parties, Vault vault) {
        this.applicants = applicants;
        this.online = online;
        this.cases = cases;
        this.parties = parties;
        this.vault = vault;
    }

    /** {@code {"number", "phone"}}. */
    /** The answer to a code request. */
    public record CodeSent(boolean sent, int validSeconds) {
    }

    public record CodeRequest(String number, String phone) {
    }

    /** {@code {"number", "phone", "code"}}. */
    public record LoginRequest(String number, String phone, String code) {
    }

    /** The login's answer: the token (also set as the portal's cookie) and how long it lasts. */
    public record SessionJson(String token, String level, String expiresAt, String absoluteExpiresAt, String person) {
    }

    /** The logged-in applicant. */
    public record MeJson(String person, String phone, String level, String verifiedHow, String verifiedAt, String expiresAt,
            List<ActingFor> enterprises) {
    }

    /** {@code {"form", "materials"}}: a supplement's answer. */
    public record SupplementRequest(Map<String, Object> form, List<MaterialRequest> materials) {
    }

    /** {@code {"reason"}} (optional). */
    public record WithdrawRequest(String reason) {
    }

    /** The dashboard's visit figures next to the catalogue's promises (the catalogue's own figures are at /api/v1/catalogue). */
    public record VisitsJson(long completed, long zeroVisit, long oneVisit, long moreVisits, Map<String, Long> zeroVisitByChannel) {
    }

    /** Sends a login code to the phone (the file sender writes it to data/hall/outbox/messages.log). */
    @POST
    @Path("code")
    @Public
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "202", description = "the code is on its way (a phone not bound to the person gets the same answer and no code)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CodeSent.class)))
    public Response code(CodeRequest body, @Context HttpServletRequest request) {
        QueryParams.only(uri);
        if (body == null) {
            throw HallException.invalid("number", "the body is {\"number\": resident ID number, \"phone\": mobile number}");
        }
        try {
            applicants.requestCode(body.number(), body.phone(), request == null ? null : request.getRemoteAddr());
        } catch (TooManyCodes e) {
            return Response.fromResponse(Errors.of(429, e.error(), e.getMessage(), null))
                    .header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
        }
        return Response.accepted(new CodeSent(true, 300)).build();
    }

    /** Logs in with the code: the token in the answer, and as the HttpOnly cookie for the portal. */
    @POST
    @Path("session")
    @Public
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the session: its token, also set as the HttpOnly cookie",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = SessionJson.class)))
    public Response login(LoginRequest body, @Context HttpServletRequest request) {
        QueryParams.only(uri);
        if (body == null) {
            throw HallException.invalid("code", "the body is {\"number\", \"phone\", \"code\"}");
        }
        ApplicantSession s = applicants.login(body.number(), body.phone(), body.code(), request == null ? null : request.getRemoteAddr());
        long maxAge = Math.max(0, s.absoluteExpiresAt().getEpochSecond() - java.time.Instant.now().getEpochSecond());
        String cookie = AuthFilter.ONLINE_COOKIE + "=" + s.token() + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (request != null && request.isSecure() ? "; Secure" : "");
        return Response.ok(new SessionJson(s.token(), s.level().name(), s.expiresAt().toString(), s.absoluteExpiresAt().toString(),
                Masking.mask(s.person()))).header("Set-Cookie", cookie).build();
    }

    /** Logs out: the token is revoked, the cookie cleared. */
    @DELETE
    @Path("session")
    @Allow(Roles.APPLICANT)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "the session is revoked and the cookie cleared")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @CookieParam(AuthFilter.ONLINE_COOKIE) String cookie) {
        QueryParams.only(uri);
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : cookie;
        applicants.logout(token);
        return Response.noContent().header("Set-Cookie", AuthFilter.ONLINE_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict").build();
    }

    /** The logged-in applicant, their level and the enterprises they may act for. */
    @GET
    @Path("me")
    @Allow(Roles.APPLICANT)
    public MeJson me(@Context SecurityContext security) {
        QueryParams.only(uri);
        ApplicantSession s = session(security);
        ApplicantAccount a = applicants.account(s.person()).orElseThrow(() -> HallException.notFound("unknown_applicant", "no account"));
        return new MeJson(Masking.mask(s.person()), a.phone() == null ? null : Message.maskPhone(a.phone()), a.level().name(),
                a.verifiedHow(), a.verifiedAt() == null ? null : a.verifiedAt().toString(), s.expiresAt().toString(),
                applicants.actingFor(s.person()));
    }

    /** The enterprises the person may act for (registered agent or legal representative). */
    @GET
    @Path("enterprises")
    @Allow(Roles.APPLICANT)
    public List<ActingFor> enterprises(@Context SecurityContext security) {
        QueryParams.only(uri);
        return applicants.actingFor(session(security).person());
    }

    /** Applies online (verified accounts): 201 with the case, PRE_REVIEW unless it went straight through. */
    @POST
    @Path("cases")
    @Allow(Roles.APPLICANT)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "the case, in PRE_REVIEW unless the item goes straight through",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = OnlineCaseJson.class)))
    public Response submit(OnlineCaseRequest body, @HeaderParam("Idempotency-Key") String key, @HeaderParam("X-Hall-Channel") String channel,
            @Context SecurityContext security) {
        QueryParams.only(uri);
        if (body == null) {
            throw HallException.invalid(null, "the body is a JSON object with itemCode, applicantNumber, form, materials, delivery");
        }
        if (key != null && key.length() > 100) {
            throw HallException.invalid("Idempotency-Key", "Idempotency-Key has at most 100 characters");
        }
        ApplicantSession s = session(security);
        CaseView v = online.submit(body.submission(key, channel(channel)), body.deliveryChoice(), s);
        return Response.created(URI.create("online/cases/" + v.caseNumber()))
                .entity(OnlineCaseJson.of(v, online.find(v.caseNumber()).orElse(null))).build();
    }

    /** The caller's cases and those of the enterprises they act for, newest first. */
    @GET
    @Path("cases")
    @Allow(Roles.APPLICANT)
    public List<OnlineCaseJson.Summary> list(@QueryParam("applicant") String applicant, @QueryParam("open") Boolean open,
            @Context SecurityContext security) {
        QueryParams.only(uri, "applicant", "open");
        Set<String> mine = parties(session(security).person());
        Set<String> asked = mine;
        if (applicant != null) {
            String n = parties.parse(applicant, "applicant").value();
            if (!mine.contains(n)) {
                throw new HallException(HallException.Kind.NOT_FOUND, "unknown_party", "applicant", "applicant is neither you nor an enterprise you act for");
            }
            asked = Set.of(n);
        }
        List<CaseSummary> all = new ArrayList<>();
        for (String p : asked) {
            all.addAll(cases.list(new CaseQuery(null, null, null, p, 500, 0, Boolean.TRUE.equals(open), false), Actor.applicant(p, Channel.ONLINE)));
        }
        all.sort(Comparator.comparing(CaseSummary::submittedAt).reversed());
        Map<String, OnlineCase> extra = online.find(all.stream().map(CaseSummary::caseNumber).toList());
        return all.stream().map(c -> OnlineCaseJson.Summary.of(c, extra.get(c.caseNumber()))).toList();
    }

    /** One of the caller's cases (404 for anyone else's). */
    @GET
    @Path("cases/{number}")
    @Allow(Roles.APPLICANT)
    public OnlineCaseJson get(@PathParam("number") String number, @Context SecurityContext security) {
        QueryParams.only(uri);
        Owned o = owned(number, session(security).person());
        return OnlineCaseJson.of(o.view(), online.find(number).orElse(null));
    }

    /** Answers a supplement request online. */
    @POST
    @Path("cases/{number}/supplement")
    @Allow(Roles.APPLICANT)
    public OnlineCaseJson supplement(@PathParam("number") String number, SupplementRequest body, @HeaderParam("X-Hall-Channel") String channel,
            @Context SecurityContext security) {
        QueryParams.only(uri);
        Owned o = owned(number, session(security).person());
        SupplementRequest b = body == null ? new SupplementRequest(Map.of(), List.of()) : body;
        ActionInput in = new ActionInput(null, b.form() == null ? Map.of() : b.form(), MaterialRequest.inputs(b.materials()), null, null,
                null, null);
        CaseView v = cases.act(number, CaseAction.SUPPLEMENT, in, Actor.applicant(o.party(), channel(channel)));
        return OnlineCaseJson.of(v, online.find(number).orElse(null));
    }

    /** Withdraws the application. */
    @POST
    @Path("cases/{number}/withdraw")
    @Allow(Roles.APPLICANT)
    public OnlineCaseJson withdraw(@PathParam("number") String number, WithdrawRequest body, @HeaderParam("X-Hall-Channel") String channel,
            @Context SecurityContext security) {
        QueryParams.only(uri);
        Owned o = owned(number, session(security).person());
        String reason = body == null ? null : body.reason();
        if (reason != null && reason.length() > 1000) {
            throw HallException.invalid("reason", "reason has at most 1000 characters");
        }
        CaseView v = cases.act(number, CaseAction.WITHDRAW, ActionInput.reason(reason), Actor.applicant(o.party(), channel(channel)));
        return OnlineCaseJson.of(v, online.find(number).orElse(null));
    }

    /** The materials of the person and their enterprises, results of approved cases among them. */
    @GET
    @Path("vault")
    @Allow(Roles.APPLICANT)
    public List<PartyJson.Material> vault(@Context SecurityContext security) {
        QueryParams.only(uri);
        List<PartyJson.Material> out = new ArrayList<>();
        java.time.LocalDate today = java.time.LocalDate.now(org.qinqing.hall.api.HallClock.ZONE);
        for (String p : parties(session(security).person())) {
            vault.list(p).forEach(m -> out.add(PartyJson.of(m, today)));
        }
        return out;
    }

    /** The bytes of one of the caller's materials (a result to download). */
    @GET
    @Path("vault/{id}/content")
    @Allow(Roles.APPLICANT)
    @Produces(MediaType.WILDCARD)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the file as stored (PDF, JPEG or PNG)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/octet-stream", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    public Response content(@PathParam("id") long id, @Context SecurityContext security) {
        QueryParams.only(uri);
        VaultMaterial m = vault.get(id).filter(v -> parties(session(security).person()).contains(v.holder()))
                .orElseThrow(() -> HallException.notFound("unknown_material", "no material " + id + " in your vault"));
        return Response.ok(vault.content(id), m.contentType())
                .header("Content-Disposition", "attachment; filename=\"material-" + id + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The messages sent to the person about their cases, newest first. */
    @GET
    @Path("messages")
    @Allow(Roles.APPLICANT)
    public List<MessageJson> messages(@Context SecurityContext security) {
        QueryParams.only(uri);
        return online.messages(session(security).person()).stream()
                .map(m -> new MessageJson(m.at().toString(), m.text(), m.caseNumber())).toList();
    }

    /** A message sent to the applicant. */
    public record MessageJson(String at, String text, String caseNumber) {
    }

    /** Real visits of completed cases, for the dashboard (zero-visit and one-visit figures from cases). */
    @GET
    @Path("visits")
    @Public
    public VisitsJson visits() {
        QueryParams.only(uri);
        VisitFigures f = online.visits();
        return new VisitsJson(f.completed(), f.zeroVisit(), f.oneVisit(), f.moreVisits(), f.zeroVisitByChannel());
    }

    /** A case the caller may see, with the party (the person or an enterprise) it belongs to. */
    private record Owned(CaseView view, String party) {
    }

    private Owned owned(String number, String person) {
        for (String p : parties(person)) {
            try {
                return new Owned(cases.get(number, Actor.applicant(p, Channel.ONLINE)), p);
            } catch (HallException e) {
                if (e.kind() != HallException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        throw HallException.notFound("unknown_case", "no case " + number);
    }

    /** @return the person and the enterprises they act for */
    private Set<String> parties(String person) {
        Set<String> out = new LinkedHashSet<>();
        out.add(person);
        applicants.actingFor(person).forEach(a -> out.add(a.number()));
        return out;
    }

    private static ApplicantSession session(SecurityContext security) {
        return ((Caller) security.getUserPrincipal()).applicant();
    }

    private static Channel channel(String header) {
        if (header == null || header.isBlank() || header.equalsIgnoreCase("online")) {
            return Channel.ONLINE;
        }
        if (header.equalsIgnoreCase("wechat")) {
            return Channel.WECHAT;
        }
        throw HallException.invalid("X-Hall-Channel", "X-Hall-Channel is online (default) or wechat, not '" + header.toLowerCase(Locale.ROOT) + "'");
    }
}
