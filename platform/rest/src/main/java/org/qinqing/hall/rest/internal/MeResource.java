package org.qinqing.hall.rest.internal;

import java.util.List;
import java.util.TreeSet;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.Caller;

/** {@code /api/v1/me}: who the caller is and which roles they hold (any staff role). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Context
    private UriInfo uri;

    /**
     * @param username login name
     * @param roles roles, sorted
     */
    public record Me(String username, List<String> roles) {
    }

    /** @param security the authenticated caller @return the caller */
    @GET
    @Allow({Roles.CLERK, Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN})
    public Me me(@Context SecurityContext security) {
        QueryParams.only(uri);
        Caller c = (Caller) security.getUserPrincipal();
        return new Me(c.username(), List.copyOf(new TreeSet<>(c.roles())));
    }
}
