package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.Vault;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.views.PartyJson;

/** {@code /api/v1/vault/{id}}: a vault material and its bytes (staff at the window and supervisors). */
@Path("vault/{id}")
public class VaultResource {
    private final Vault vault;
    private final HallClock clock;

    @Context
    private UriInfo uri;

    public VaultResource(Vault vault, HallClock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    /** The material's description. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allow({Roles.CLERK, Roles.SUPERVISOR})
    public PartyJson.Material get(@PathParam("id") long id) {
        QueryParams.only(uri);
        return PartyJson.of(find(id), clock.today());
    }

    /** The material's bytes, as stored. */
    @GET
    @Path("content")
    @Allow({Roles.CLERK, Roles.SUPERVISOR})
    @ApiResponse(responseCode = "200", description = "the file as stored (PDF, JPEG or PNG)", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
    public Response content(@PathParam("id") long id) {
        QueryParams.only(uri);
        VaultMaterial m = find(id);
        return Response.ok(vault.content(id), m.contentType())
                .header("Content-Disposition", "attachment; filename=\"material-" + id + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private VaultMaterial find(long id) {
        return vault.get(id).orElseThrow(() -> HallException.notFound("unknown_material", "no material " + id + " in the vault"));
    }
}
