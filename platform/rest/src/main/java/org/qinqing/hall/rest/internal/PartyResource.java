package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.NewMaterial;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.PartyProfile;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.Vault;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.requests.ProfileRequest;
import org.qinqing.hall.rest.internal.views.PartyJson;
import org.qinqing.hall.spi.Channel;

/** {@code /api/v1/parties/{number}}: profiles collected once (versioned), agents, and the party's vault. */
@Path("parties/{number}")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {
    private final Parties parties;
    private final Vault vault;
    private final HallClock clock;

    @Context
    private UriInfo uri;

    public PartyResource(Parties parties, Vault vault, HallClock clock) {
        this.parties = parties;
        this.vault = vault;
        this.clock = clock;
    }

    /** The profile, to prefill intake. 404 when none was collected yet. */
    @GET
    @Allow({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public PartyJson.Profile get(@PathParam("number") String number) {
        QueryParams.only(uri);
        PartyNumber n = parties.parse(number, "number");
        PartyProfile p = parties.find(n.value()).orElseThrow(() -> HallException.notFound("unknown_party",
                "no profile has been collected for " + n.masked() + " yet"));
        return PartyJson.of(p, parties.agents(n.value()));
    }

    /** Creates (version 0) or changes the profile; the change names the version it is based on. */
    @PUT
    @Allow({Roles.CLERK, Roles.SUPERVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public PartyJson.Profile put(@PathParam("number") String number, ProfileRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (request == null || request.version() == null) {
            throw HallException.invalid("version", "give the version the change is based on (0 to create)");
        }
        Map<String, String> fields = unmasked(number, request.fields() == null ? Map.of() : request.fields());
        PartyProfile p = parties.save(number, request.version(), request.name(), fields, Actors.staff(security, Channel.COUNTER, null));
        return PartyJson.of(p, parties.agents(p.number()));
    }

    /**
     * The profile's ID numbers are shown masked ({@link PartyJson}, by value, under any field name);
     * a change that sends one back exactly as it was shown keeps the stored number, so a clerk can
     * save a profile without retyping it.
     */
    private Map<String, String> unmasked(String number, Map<String, String> fields) {
        if (fields.values().stream().noneMatch(v -> v != null && v.indexOf('*') >= 0)) {
            return fields;
        }
        Map<String, String> stored = parties.find(parties.parse(number, "number").value()).map(p -> p.fields()).orElse(Map.of());
        Map<String, String> out = new java.util.LinkedHashMap<>(fields);
        out.replaceAll((k, sent) -> {
            String was = stored.get(k);
            return sent != null && was != null && sent.indexOf('*') >= 0 && Masking.mask(was).equals(sent) ? was : sent;
        });
        return out;
    }

    /** Earlier versions, newest first. */
    @GET
    @Path("versions")
    @Allow({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public List<PartyJson.Version> versions(@PathParam("number") String number) {
        QueryParams.only(uri);
        return parties.history(parties.parse(number, "number").value()).stream().map(PartyJson::of).toList();
    }

    /** An agent to register. */
    public record AgentRequest(String agentNumber, String role) {
    }

    /** Registers a person acting for this enterprise. */
    @POST
    @Path("agents")
    @Allow(Roles.CLERK)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", description = "the agent recorded", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartyJson.Agent.class)))
    public Response addAgent(@PathParam("number") String number, AgentRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (request == null) {
            throw HallException.invalid("agentNumber", "give agentNumber (and optionally role)");
        }
        return Response.status(201).entity(PartyJson.agent(parties.addAgent(number, request.agentNumber(), request.role(),
                Actors.staff(security, Channel.COUNTER, null)))).build();
    }

    /** The party's vault: what can be reused, expired ones marked. */
    @GET
    @Path("vault")
    @Allow({Roles.CLERK, Roles.SUPERVISOR})
    public List<PartyJson.Material> vault(@PathParam("number") String number) {
        QueryParams.only(uri);
        LocalDate today = clock.today();
        return vault.list(parties.parse(number, "number").value()).stream().map(m -> PartyJson.of(m, today)).toList();
    }

    /**
     * Stores a material in the party's vault: the body is the file itself (PDF, JPEG or PNG),
     * described by query parameters {@code kind}, {@code title}, optional {@code issuer} and {@code validUntil}.
     */
    @POST
    @Path("vault")
    @Allow(Roles.CLERK)
    @Consumes({"application/pdf", "image/jpeg", "image/png"})
    @ApiResponse(responseCode = "201", description = "the material stored in the vault", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartyJson.Material.class)))
    public Response upload(@PathParam("number") String number, @QueryParam("kind") String kind, @QueryParam("title") String title,
            @QueryParam("issuer") String issuer, @QueryParam("validUntil") String validUntil, byte[] content,
            @Context javax.ws.rs.core.HttpHeaders headers, @Context SecurityContext security) {
        QueryParams.only(uri, "kind", "title", "issuer", "validUntil");
        LocalDate until = null;
        if (validUntil != null) {
            try {
                until = LocalDate.parse(validUntil);
            } catch (DateTimeParseException e) {
                throw HallException.invalid("validUntil", "validUntil must be YYYY-MM-DD");
            }
        }
        String type = headers.getMediaType() == null ? null : headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype();
        var stored = vault.store(new NewMaterial(parties.parse(number, "number").value(), kind, title, issuer, until, type, content,
                Map.of(), null), Actors.staff(security, Channel.COUNTER, null));
        return Response.created(URI.create("vault/" + stored.id())).entity(PartyJson.of(stored, clock.today())).build();
    }
}
