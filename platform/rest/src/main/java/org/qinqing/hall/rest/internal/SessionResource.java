package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.TreeSet;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.NewCookie;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import javax.servlet.http.HttpServletRequest;
import org.qinqing.hall.api.LoginThrottledException;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.AuthFilter;
import org.qinqing.hall.rest.internal.auth.Authenticator;
import org.qinqing.hall.rest.internal.auth.Caller;
import org.qinqing.hall.rest.internal.auth.Public;
import org.qinqing.hall.rest.internal.auth.Sessions;

/**
 * {@code /api/v1/session}: log in and out of the web UI. The session is an HttpOnly, SameSite=Strict
 * cookie that expires after a period without requests; requests that change something with it
 * also carry the header {@code X-Hall-Request: 1} (a page of another site cannot set it).
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final Authenticator authenticator;
    private final Sessions sessions;

    @Context
    private UriInfo uri;

    public SessionResource(Authenticator authenticator, Sessions sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    /** Login credentials. */
    public record Login(String username, String password) {
    }

    /** The logged-in staff member; {@code mustChangePassword}: the UI shows the change screen first. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "SessionMe", description = "the staff member and how long the session lasts without a request")
    public record Me(String username, List<String> roles, long idleSeconds, boolean mustChangePassword) {
    }

    /**
     * Logs in against the JAAS realm; 401 with the same message for unknown user and wrong
     * password, 429 while the account or address is locked after failed logins.
     */
    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "200", description = "the staff member; the session cookie is set", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Me.class)))
    public Response login(Login login, @Context HttpServletRequest request) {
        QueryParams.only(uri);
        if (login == null || login.username() == null || login.password() == null) {
            throw HallException.invalid("username", "give username and password");
        }
        Caller c;
        try {
            // never from the credential cache: a session login is checked and audited each time
            c = authenticator.verify(login.username(), login.password(), request == null ? null : request.getRemoteAddr(), "web");
        } catch (LoginThrottledException e) {
            return AuthFilter.throttled(e);
        }
        if (c == null || !(c.has(Roles.CLERK) || c.has(Roles.APPROVER) || c.has(Roles.SUPERVISOR) || c.has(Roles.ADMIN) || c.has(Roles.KIOSK))) {
            throw new HallException(HallException.Kind.UNAUTHENTICATED, "unauthenticated", null, "user name or password is wrong");
        }
        String token = sessions.open(c);
        NewCookie cookie = new NewCookie(Sessions.COOKIE, token, "/", null, 1, null, -1, null, false, true);
        return Response.ok(new Me(c.username(), List.copyOf(new TreeSet<>(c.roles())), sessions.idleSeconds(), c.mustChangePassword()))
                .header("Set-Cookie", cookie + "; SameSite=Strict").build();
    }

    /** The session's user, or 401 when it expired. */
    @GET
    @Allow({Roles.CLERK, Roles.APPROVER, Roles.SUPERVISOR, Roles.ADMIN, Roles.KIOSK})
    public Me current(@Context SecurityContext security) {
        QueryParams.only(uri);
        Caller c = (Caller) security.getUserPrincipal();
        return new Me(c.username(), List.copyOf(new TreeSet<>(c.roles())), sessions.idleSeconds(), c.mustChangePassword());
    }

    /** Logs out. */
    @DELETE
    @Public
    @ApiResponse(responseCode = "204", description = "logged out; the session cookie is cleared")
    public Response logout(@CookieParam(Sessions.COOKIE) String token) {
        QueryParams.only(uri);
        sessions.close(token);
        return Response.noContent().header("Set-Cookie", Sessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict").build();
    }
}
