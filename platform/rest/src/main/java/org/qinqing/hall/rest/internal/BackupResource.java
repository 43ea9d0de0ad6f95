package org.qinqing.hall.rest.internal;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.backup.BackupInfo;
import org.qinqing.hall.backup.Backups;
import org.qinqing.hall.rest.internal.auth.Allow;

/**
 * {@code /api/v1/backups}: an online backup now, into the configured directory (admins). An HTTP
 * caller cannot choose where the hall writes: that is the console's {@code hall:backup DIR}.
 */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {
    private final Backups backups;

    @Context
    private UriInfo uri;

    public BackupResource(Backups backups) {
        this.backups = backups;
    }

    /** Takes a backup; 201 with what the manifest says, 409 while another runs. */
    @POST
    @Allow(Roles.ADMIN)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "the backup taken, as its manifest says",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = BackupJson.class)))
    public Response backup(@Context SecurityContext security) {
        QueryParams.only(uri);
        BackupInfo b = backups.backup(null, Actors.staff(security, null, null));
        return Response.status(201).entity(BackupJson.of(b)).build();
    }
}
