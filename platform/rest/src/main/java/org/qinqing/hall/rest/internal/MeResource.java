package org.qinqing.hall.rest.internal;

import java.util.List;
import java.util.TreeSet;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Accounts;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.LoginThrottledException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.AuthFilter;
import org.qinqing.hall.rest.internal.auth.Authenticator;
import org.qinqing.hall.rest.internal.auth.Caller;
import org.qinqing.hall.rest.internal.auth.PasswordChange;

/** {@code /api/v1/me}: who the caller is and which roles they hold; the caller's own password (any staff role). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private final Authenticator authenticator;
    private final Accounts accounts;

    @Context
    private UriInfo uri;

    public MeResource(Authenticator authenticator, Accounts accounts) {
        this.authenticator = authenticator;
        this.accounts = accounts;
    }

    /**
     * @param username login name
     * @param roles roles, sorted
     */
    public record Me(String username, List<String> roles) {
    }

    /** A change of one's own password. */
    public record NewPassword(String currentPassword, String newPassword) {
    }

    /** @param security the authenticated caller @return the caller */
    @GET
    @Allow({Roles.CLERK, Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN, Roles.KIOSK})
    public Me me(@Context SecurityContext security) {
        QueryParams.only(uri);
        Caller c = (Caller) security.getUserPrincipal();
        return new Me(c.username(), List.copyOf(new TreeSet<>(c.roles())));
    }

    /**
     * Sets the caller's own password: the current one is checked (a wrong one counts as a failed
     * login), the new one needs at least 12 characters and must not contain the account name. The
     * only endpoint an account with a given password (first login) may call. 204; afterwards the
     * old password no longer logs in.
     */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.CLERK, Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN, Roles.KIOSK})
    @PasswordChange
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "the new password is set; the old one no longer logs in")
    public Response changePassword(NewPassword body, @Context SecurityContext security, @Context HttpServletRequest request,
            @Context HttpHeaders headers) {
        QueryParams.only(uri);
        if (body == null || body.currentPassword() == null || body.currentPassword().isEmpty()) {
            throw HallException.invalid("currentPassword", "give the current password");
        }
        if (body.newPassword() == null || body.newPassword().isEmpty()) {
            throw HallException.invalid("newPassword", "give the new password");
        }
        if (body.newPassword().equals(body.currentPassword())) {
            throw HallException.invalid("newPassword", "the new password must differ from the current one");
        }
        Caller c = (Caller) security.getUserPrincipal();
        String channel = headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? "web" : "rest";
        Caller checked;
        try {
            checked = authenticator.verify(c.username(), body.currentPassword(), request == null ? null : request.getRemoteAddr(), channel);
        } catch (LoginThrottledException e) {
            return AuthFilter.throttled(e);
        }
        if (checked == null) {
            throw new HallException(HallException.Kind.FORBIDDEN, "wrong_password", "currentPassword", "the current password is wrong");
        }
        accounts.setPassword(c.username(), body.newPassword(), c.username(), channel);
        authenticator.forget(c.username());
        return Response.noContent().build();
    }
}
