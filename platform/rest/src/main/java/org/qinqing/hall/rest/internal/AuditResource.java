package org.qinqing.hall.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.AuditLog;
import org.qinqing.hall.api.AuditVerification;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.rest.internal.auth.Allow;

/** {@code /api/v1/audit}: verification of the hash-chained audit trail (supervisors, admins). */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditLog audit;

    @Context
    private UriInfo uri;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    /** Recomputes every hash; names the first record changed or removed. */
    @GET
    @Path("verify")
    @Allow({Roles.SUPERVISOR, Roles.ADMIN})
    public AuditVerification verify() {
        QueryParams.only(uri);
        return audit.verify();
    }
}
