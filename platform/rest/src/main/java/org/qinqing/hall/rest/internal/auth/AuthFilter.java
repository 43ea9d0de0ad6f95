package org.qinqing.hall.rest.internal.auth;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.qinqing.hall.api.LoginThrottledException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.rest.internal.Errors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates every request that is not {@link Public} (HTTP Basic against the JAAS realm, or
 * a UI session) and checks the endpoint's {@link Allow} roles ({@link Loopback} endpoints also let
 * local callers in). An endpoint with neither annotation is refused: access is closed unless
 * declared. A locked account (too many failed logins) is answered 429 with {@code Retry-After}; an
 * account that must change the password it was given reaches only {@link PasswordChange} endpoints.
 */
public class AuthFilter implements ContainerRequestFilter {
    private static final java.util.Set<String> SAFE = java.util.Set.of("GET", "HEAD", "OPTIONS");
    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest request;

    /** The online hall portal's session cookie (HttpOnly, SameSite=Strict). */
    public static final String ONLINE_COOKIE = "HALL_APPLICANT";

    private final Authenticator authenticator;
    private volatile org.qinqing.hall.online.Applicants applicants;
    private final Sessions sessions;
    private final LoopbackAccess loopback;

    /**
     * @param authenticator checks credentials @param sessions web UI sessions
     * @param loopback lets local callers into {@link Loopback} endpoints
     */
    public AuthFilter(Authenticator authenticator, Sessions sessions, LoopbackAccess loopback) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.loopback = loopback;
    }

    /** @param applicants resolves applicants' Bearer tokens and portal cookies */
    public void setApplicants(org.qinqing.hall.online.Applicants applicants) {
        this.applicants = applicants;
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        Method m = resource.getResourceMethod();
        if (m == null) {
            return;
        }
        Allow declared = m.getAnnotation(Allow.class);
        boolean applicantEndpoint = declared != null && java.util.Arrays.asList(declared.value()).contains(Roles.APPLICANT)
                || m.getDeclaringClass().isAnnotationPresent(OnlineHall.class);
        Caller caller;
        try {
            // public endpoints (a rating) take the portal's session as well, so the portal needs no other proof
            caller = authenticate(ctx, applicantEndpoint || m.isAnnotationPresent(Public.class));
        } catch (LoginThrottledException e) {
            ctx.abortWith(throttled(e));
            return;
        }
        if (caller != null) {
            ctx.setSecurityContext(new CallerContext(caller, ctx.getSecurityContext().isSecure()));
        }
        if (m.isAnnotationPresent(Public.class)) {
            return;
        }
        Allow allow = m.getAnnotation(Allow.class);
        if (allow == null) {
            LOG.error("Endpoint {} declares no roles; refused", m);
            ctx.abortWith(Errors.of(403, "forbidden", "this endpoint declares no roles and is closed", null));
            return;
        }
        if (m.isAnnotationPresent(Loopback.class) && loopback.permits(request)) {
            return;
        }
        if (caller == null) {
            boolean sentCredentials = ctx.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
            if (applicantEndpoint) {
                ctx.abortWith(Errors.of(401, "unauthenticated", "log in first: POST /api/v1/online/code, then POST /api/v1/online/session;"
                        + " send the token as Authorization: Bearer TOKEN (or the portal's cookie, with X-Hall-Request: 1 on changes);"
                        + " a token ends after its idle or absolute limit, at logout or when revoked", null));
                return;
            }
            ctx.abortWith(Errors.of(401, "unauthenticated", sentCredentials ? "user name or password is wrong"
                    : "log in first: HTTP Basic with a staff account, or a session from POST /api/v1/session"
                    + " (session requests that change something send the header X-Hall-Request: 1)", null));
            return;
        }
        if (caller.mustChangePassword() && !m.isAnnotationPresent(PasswordChange.class)) {
            ctx.abortWith(Errors.of(403, "password_change_required", "user " + caller.username()
                    + " must set a new password first: POST /api/v1/me/password with currentPassword and newPassword", null));
            return;
        }
        for (String role : allow.value()) {
            if (caller.has(role)) {
                return;
            }
        }
        ctx.abortWith(Errors.of(403, "forbidden", "user " + caller.username() + " lacks the role for this: one of "
                + String.join(", ", allow.value()), null));
    }

    /** @return 429 with {@code Retry-After} and the hall's JSON error saying when to retry */
    public static javax.ws.rs.core.Response throttled(LoginThrottledException e) {
        javax.ws.rs.core.Response r = Errors.of(429, "too_many_failed_logins", e.getMessage(), null);
        return javax.ws.rs.core.Response.fromResponse(r).header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }

    /** @return the client's address, as the servlet container saw the connection */
    static String address(HttpServletRequest request) {
        try {
            return request == null ? null : request.getRemoteAddr();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    private Caller authenticate(ContainerRequestContext ctx, boolean applicantEndpoint) throws LoginThrottledException {
        String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return applicants == null ? null : applicants.resolve(header.substring(7).trim()).map(Caller::applicant).orElse(null);
        }
        if (header == null && applicantEndpoint && ctx.getCookies().containsKey(ONLINE_COOKIE)) {
            // the portal's cookie, on the endpoints applicants use and public ones (a browser may hold a staff cookie too)
            Caller c = applicants == null ? null
                    : applicants.resolve(ctx.getCookies().get(ONLINE_COOKIE).getValue()).map(Caller::applicant).orElse(null);
            return c != null && !SAFE.contains(ctx.getMethod()) && ctx.getHeaderString("X-Hall-Request") == null ? null : c;
        }
        if (header == null) {
            javax.ws.rs.core.Cookie cookie = ctx.getCookies().get(Sessions.COOKIE);
            Caller c = cookie == null ? null : sessions.touch(cookie.getValue());
            if (c != null && !SAFE.contains(ctx.getMethod()) && ctx.getHeaderString("X-Hall-Request") == null) {
                // a cookie alone must not change anything: another site's page can send the cookie, not this header
                return null;
            }
            return c;
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return authenticator.login(decoded.substring(0, colon), decoded.substring(colon + 1), address(request), "rest");
    }

    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.has(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return BASIC_AUTH;
        }
    }
}
